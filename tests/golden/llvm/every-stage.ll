; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_floats = constant i64 131584
@eic_model_fingerprint = constant i64 -5106876378399797545
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %15, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  %6 = getelementptr float, ptr %params, i64 196624
  %7 = getelementptr float, ptr %gains, i64 256
  br label %loop13

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %23, %done11 ]
  %8 = icmp slt i64 %i8, 256
  br i1 %8, label %body6, label %done7

body6:                                            ; preds = %loop5
  %9 = mul i64 %i4, 256
  %10 = add i64 %9, %i8
  %11 = mul i64 %10, 256
  %12 = getelementptr float, ptr %0, i64 %11
  %13 = mul i64 %i4, 256
  %14 = getelementptr float, ptr %1, i64 %13
  br label %loop9

done7:                                            ; preds = %loop5
  %15 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %22, %body10 ]
  %16 = icmp slt i64 %i12, 256
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = getelementptr float, ptr %14, i64 %i12
  %18 = getelementptr float, ptr %12, i64 %i12
  %19 = load <8 x float>, ptr %18, align 4
  %20 = load <8 x float>, ptr %17, align 4
  %21 = fadd <8 x float> %20, %19
  store <8 x float> %21, ptr %17, align 4
  %22 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %23 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %done3
  %i16 = phi i64 [ 0, %done3 ], [ %26, %body14 ]
  %24 = icmp slt i64 %i16, 256
  br i1 %24, label %body14, label %done15

body14:                                           ; preds = %loop13
  %25 = getelementptr float, ptr %7, i64 %i16
  store <8 x float> zeroinitializer, ptr %25, align 4
  %26 = add i64 %i16, 8
  br label %loop13

done15:                                           ; preds = %loop13
  br label %loop17

loop17:                                           ; preds = %done23, %done15
  %i20 = phi i64 [ 0, %done15 ], [ %37, %done23 ]
  %27 = icmp slt i64 %i20, 1
  br i1 %27, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %28 = getelementptr float, ptr %params, i64 0
  %29 = getelementptr float, ptr %gains, i64 512
  br label %loop29

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %45, %done27 ]
  %30 = icmp slt i64 %i24, 256
  br i1 %30, label %body22, label %done23

body22:                                           ; preds = %loop21
  %31 = mul i64 %i20, 256
  %32 = add i64 %31, %i24
  %33 = mul i64 %32, 256
  %34 = getelementptr float, ptr %6, i64 %33
  %35 = mul i64 %i20, 256
  %36 = getelementptr float, ptr %7, i64 %35
  br label %loop25

done23:                                           ; preds = %loop21
  %37 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %44, %body26 ]
  %38 = icmp slt i64 %i28, 256
  br i1 %38, label %body26, label %done27

body26:                                           ; preds = %loop25
  %39 = getelementptr float, ptr %36, i64 %i28
  %40 = getelementptr float, ptr %34, i64 %i28
  %41 = load <8 x float>, ptr %40, align 4
  %42 = load <8 x float>, ptr %39, align 4
  %43 = fadd <8 x float> %42, %41
  store <8 x float> %43, ptr %39, align 4
  %44 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %45 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done19
  %i32 = phi i64 [ 0, %done19 ], [ %51, %done35 ]
  %46 = icmp slt i64 %i32, 1
  br i1 %46, label %body30, label %done31

body30:                                           ; preds = %loop29
  %47 = mul i64 %i32, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %48 = getelementptr float, ptr %params, i64 131088
  %49 = getelementptr float, ptr %gains, i64 66048
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %166, %done39 ]
  %50 = icmp slt i64 %i36, 256
  br i1 %50, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %51 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %165, %body38 ]
  %52 = icmp slt i64 %i40, 256
  br i1 %52, label %body38, label %done39

body38:                                           ; preds = %loop37
  %53 = add i64 %i36, 0
  %54 = mul i64 %53, 256
  %55 = add i64 %54, %i40
  %56 = add i64 %47, %55
  %57 = getelementptr float, ptr %28, i64 %56
  %58 = load <8 x float>, ptr %57, align 4
  %59 = add i64 %i36, 1
  %60 = mul i64 %59, 256
  %61 = add i64 %60, %i40
  %62 = add i64 %47, %61
  %63 = getelementptr float, ptr %28, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = add i64 %i36, 2
  %66 = mul i64 %65, 256
  %67 = add i64 %66, %i40
  %68 = add i64 %47, %67
  %69 = getelementptr float, ptr %28, i64 %68
  %70 = load <8 x float>, ptr %69, align 4
  %71 = add i64 %i36, 3
  %72 = mul i64 %71, 256
  %73 = add i64 %72, %i40
  %74 = add i64 %47, %73
  %75 = getelementptr float, ptr %28, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = add i64 %i36, 4
  %78 = mul i64 %77, 256
  %79 = add i64 %78, %i40
  %80 = add i64 %47, %79
  %81 = getelementptr float, ptr %28, i64 %80
  %82 = load <8 x float>, ptr %81, align 4
  %83 = add i64 %i36, 5
  %84 = mul i64 %83, 256
  %85 = add i64 %84, %i40
  %86 = add i64 %47, %85
  %87 = getelementptr float, ptr %28, i64 %86
  %88 = load <8 x float>, ptr %87, align 4
  %89 = add i64 %i36, 6
  %90 = mul i64 %89, 256
  %91 = add i64 %90, %i40
  %92 = add i64 %47, %91
  %93 = getelementptr float, ptr %28, i64 %92
  %94 = load <8 x float>, ptr %93, align 4
  %95 = add i64 %i36, 7
  %96 = mul i64 %95, 256
  %97 = add i64 %96, %i40
  %98 = add i64 %47, %97
  %99 = getelementptr float, ptr %28, i64 %98
  %100 = load <8 x float>, ptr %99, align 4
  %101 = shufflevector <8 x float> %58, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %102 = shufflevector <8 x float> %58, <8 x float> %64, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %103 = shufflevector <8 x float> %70, <8 x float> %76, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %104 = shufflevector <8 x float> %70, <8 x float> %76, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %105 = shufflevector <8 x float> %82, <8 x float> %88, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %106 = shufflevector <8 x float> %82, <8 x float> %88, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %107 = shufflevector <8 x float> %94, <8 x float> %100, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %108 = shufflevector <8 x float> %94, <8 x float> %100, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %109 = shufflevector <8 x float> %101, <8 x float> %103, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %110 = shufflevector <8 x float> %101, <8 x float> %103, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %111 = shufflevector <8 x float> %102, <8 x float> %104, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %112 = shufflevector <8 x float> %102, <8 x float> %104, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %113 = shufflevector <8 x float> %105, <8 x float> %107, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %114 = shufflevector <8 x float> %105, <8 x float> %107, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %115 = shufflevector <8 x float> %106, <8 x float> %108, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %116 = shufflevector <8 x float> %106, <8 x float> %108, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %117 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %118 = shufflevector <8 x float> %109, <8 x float> %113, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %119 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %120 = shufflevector <8 x float> %110, <8 x float> %114, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %121 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %122 = shufflevector <8 x float> %111, <8 x float> %115, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %123 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %124 = shufflevector <8 x float> %112, <8 x float> %116, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %125 = add i64 %i40, 0
  %126 = mul i64 %125, 256
  %127 = add i64 %126, %i36
  %128 = add i64 %47, %127
  %129 = getelementptr float, ptr %29, i64 %128
  store <8 x float> %117, ptr %129, align 4
  %130 = add i64 %i40, 1
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i36
  %133 = add i64 %47, %132
  %134 = getelementptr float, ptr %29, i64 %133
  store <8 x float> %119, ptr %134, align 4
  %135 = add i64 %i40, 2
  %136 = mul i64 %135, 256
  %137 = add i64 %136, %i36
  %138 = add i64 %47, %137
  %139 = getelementptr float, ptr %29, i64 %138
  store <8 x float> %121, ptr %139, align 4
  %140 = add i64 %i40, 3
  %141 = mul i64 %140, 256
  %142 = add i64 %141, %i36
  %143 = add i64 %47, %142
  %144 = getelementptr float, ptr %29, i64 %143
  store <8 x float> %123, ptr %144, align 4
  %145 = add i64 %i40, 4
  %146 = mul i64 %145, 256
  %147 = add i64 %146, %i36
  %148 = add i64 %47, %147
  %149 = getelementptr float, ptr %29, i64 %148
  store <8 x float> %118, ptr %149, align 4
  %150 = add i64 %i40, 5
  %151 = mul i64 %150, 256
  %152 = add i64 %151, %i36
  %153 = add i64 %47, %152
  %154 = getelementptr float, ptr %29, i64 %153
  store <8 x float> %120, ptr %154, align 4
  %155 = add i64 %i40, 6
  %156 = mul i64 %155, 256
  %157 = add i64 %156, %i36
  %158 = add i64 %47, %157
  %159 = getelementptr float, ptr %29, i64 %158
  store <8 x float> %122, ptr %159, align 4
  %160 = add i64 %i40, 7
  %161 = mul i64 %160, 256
  %162 = add i64 %161, %i36
  %163 = add i64 %47, %162
  %164 = getelementptr float, ptr %29, i64 %163
  store <8 x float> %124, ptr %164, align 4
  %165 = add i64 %i40, 8
  br label %loop37

done39:                                           ; preds = %loop37
  %166 = add i64 %i36, 8
  br label %loop33

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ 0, %done31 ], [ %170, %done47 ]
  %167 = icmp slt i64 %i44, 1
  br i1 %167, label %body42, label %done43

body42:                                           ; preds = %loop41
  %168 = mul i64 %i44, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  ret void

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %285, %done51 ]
  %169 = icmp slt i64 %i48, 256
  br i1 %169, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %170 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %284, %body50 ]
  %171 = icmp slt i64 %i52, 256
  br i1 %171, label %body50, label %done51

body50:                                           ; preds = %loop49
  %172 = add i64 %i48, 0
  %173 = mul i64 %172, 256
  %174 = add i64 %173, %i52
  %175 = add i64 %168, %174
  %176 = getelementptr float, ptr %48, i64 %175
  %177 = load <8 x float>, ptr %176, align 4
  %178 = add i64 %i48, 1
  %179 = mul i64 %178, 256
  %180 = add i64 %179, %i52
  %181 = add i64 %168, %180
  %182 = getelementptr float, ptr %48, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = add i64 %i48, 2
  %185 = mul i64 %184, 256
  %186 = add i64 %185, %i52
  %187 = add i64 %168, %186
  %188 = getelementptr float, ptr %48, i64 %187
  %189 = load <8 x float>, ptr %188, align 4
  %190 = add i64 %i48, 3
  %191 = mul i64 %190, 256
  %192 = add i64 %191, %i52
  %193 = add i64 %168, %192
  %194 = getelementptr float, ptr %48, i64 %193
  %195 = load <8 x float>, ptr %194, align 4
  %196 = add i64 %i48, 4
  %197 = mul i64 %196, 256
  %198 = add i64 %197, %i52
  %199 = add i64 %168, %198
  %200 = getelementptr float, ptr %48, i64 %199
  %201 = load <8 x float>, ptr %200, align 4
  %202 = add i64 %i48, 5
  %203 = mul i64 %202, 256
  %204 = add i64 %203, %i52
  %205 = add i64 %168, %204
  %206 = getelementptr float, ptr %48, i64 %205
  %207 = load <8 x float>, ptr %206, align 4
  %208 = add i64 %i48, 6
  %209 = mul i64 %208, 256
  %210 = add i64 %209, %i52
  %211 = add i64 %168, %210
  %212 = getelementptr float, ptr %48, i64 %211
  %213 = load <8 x float>, ptr %212, align 4
  %214 = add i64 %i48, 7
  %215 = mul i64 %214, 256
  %216 = add i64 %215, %i52
  %217 = add i64 %168, %216
  %218 = getelementptr float, ptr %48, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = shufflevector <8 x float> %177, <8 x float> %183, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %221 = shufflevector <8 x float> %177, <8 x float> %183, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %222 = shufflevector <8 x float> %189, <8 x float> %195, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %223 = shufflevector <8 x float> %189, <8 x float> %195, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %224 = shufflevector <8 x float> %201, <8 x float> %207, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %225 = shufflevector <8 x float> %201, <8 x float> %207, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %226 = shufflevector <8 x float> %213, <8 x float> %219, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %227 = shufflevector <8 x float> %213, <8 x float> %219, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %228 = shufflevector <8 x float> %220, <8 x float> %222, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %229 = shufflevector <8 x float> %220, <8 x float> %222, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %230 = shufflevector <8 x float> %221, <8 x float> %223, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %231 = shufflevector <8 x float> %221, <8 x float> %223, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %232 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %233 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %234 = shufflevector <8 x float> %225, <8 x float> %227, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %235 = shufflevector <8 x float> %225, <8 x float> %227, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %236 = shufflevector <8 x float> %228, <8 x float> %232, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %237 = shufflevector <8 x float> %228, <8 x float> %232, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %238 = shufflevector <8 x float> %229, <8 x float> %233, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %239 = shufflevector <8 x float> %229, <8 x float> %233, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %240 = shufflevector <8 x float> %230, <8 x float> %234, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %241 = shufflevector <8 x float> %230, <8 x float> %234, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %242 = shufflevector <8 x float> %231, <8 x float> %235, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %243 = shufflevector <8 x float> %231, <8 x float> %235, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %244 = add i64 %i52, 0
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i48
  %247 = add i64 %168, %246
  %248 = getelementptr float, ptr %49, i64 %247
  store <8 x float> %236, ptr %248, align 4
  %249 = add i64 %i52, 1
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %i48
  %252 = add i64 %168, %251
  %253 = getelementptr float, ptr %49, i64 %252
  store <8 x float> %238, ptr %253, align 4
  %254 = add i64 %i52, 2
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %i48
  %257 = add i64 %168, %256
  %258 = getelementptr float, ptr %49, i64 %257
  store <8 x float> %240, ptr %258, align 4
  %259 = add i64 %i52, 3
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %i48
  %262 = add i64 %168, %261
  %263 = getelementptr float, ptr %49, i64 %262
  store <8 x float> %242, ptr %263, align 4
  %264 = add i64 %i52, 4
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %i48
  %267 = add i64 %168, %266
  %268 = getelementptr float, ptr %49, i64 %267
  store <8 x float> %237, ptr %268, align 4
  %269 = add i64 %i52, 5
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %i48
  %272 = add i64 %168, %271
  %273 = getelementptr float, ptr %49, i64 %272
  store <8 x float> %239, ptr %273, align 4
  %274 = add i64 %i52, 6
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i48
  %277 = add i64 %168, %276
  %278 = getelementptr float, ptr %49, i64 %277
  store <8 x float> %241, ptr %278, align 4
  %279 = add i64 %i52, 7
  %280 = mul i64 %279, 256
  %281 = add i64 %280, %i48
  %282 = add i64 %168, %281
  %283 = getelementptr float, ptr %49, i64 %282
  store <8 x float> %243, ptr %283, align 4
  %284 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  %285 = add i64 %i48, 8
  br label %loop45
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %42, %done3 ]
  %31 = icmp slt i64 %i, 1
  br i1 %31, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop29

loop1:                                            ; preds = %done19, %body
  %i4 = phi i64 [ 0, %body ], [ %210, %done19 ]
  %32 = icmp slt i64 %i4, 1
  br i1 %32, label %body2, label %done3

body2:                                            ; preds = %loop1
  %33 = mul i64 %i, 1
  %34 = add i64 %33, %i4
  %35 = mul i64 %34, 65536
  %36 = add i64 512, %35
  %37 = getelementptr float, ptr %gains, i64 %36
  %38 = sub i64 %b1, %b0
  %39 = sdiv i64 %38, 6
  %40 = mul i64 %39, 6
  %41 = add i64 %b0, %40
  br label %loop5

done3:                                            ; preds = %loop1
  %42 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %81, %done11 ]
  %43 = icmp slt i64 %i8, 256
  br i1 %43, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  br label %loop17

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ %b0, %body6 ], [ %208, %done15 ]
  %44 = icmp slt i64 %i12, %41
  br i1 %44, label %body10, label %done11

body10:                                           ; preds = %loop9
  %45 = mul i64 %i4, 256
  %46 = add i64 %i12, 0
  %47 = mul i64 %46, 1808
  %48 = add i64 %47, 0
  %49 = getelementptr float, ptr %acts, i64 %48
  %50 = getelementptr float, ptr %49, i64 %45
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %51 = mul i64 %i4, 256
  %52 = add i64 %i12, 1
  %53 = mul i64 %52, 1808
  %54 = add i64 %53, 0
  %55 = getelementptr float, ptr %acts, i64 %54
  %56 = getelementptr float, ptr %55, i64 %51
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  %57 = mul i64 %i4, 256
  %58 = add i64 %i12, 2
  %59 = mul i64 %58, 1808
  %60 = add i64 %59, 0
  %61 = getelementptr float, ptr %acts, i64 %60
  %62 = getelementptr float, ptr %61, i64 %57
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %63 = mul i64 %i4, 256
  %64 = add i64 %i12, 3
  %65 = mul i64 %64, 1808
  %66 = add i64 %65, 0
  %67 = getelementptr float, ptr %acts, i64 %66
  %68 = getelementptr float, ptr %67, i64 %63
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  %69 = mul i64 %i4, 256
  %70 = add i64 %i12, 4
  %71 = mul i64 %70, 1808
  %72 = add i64 %71, 0
  %73 = getelementptr float, ptr %acts, i64 %72
  %74 = getelementptr float, ptr %73, i64 %69
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  %75 = mul i64 %i4, 256
  %76 = add i64 %i12, 5
  %77 = mul i64 %76, 1808
  %78 = add i64 %77, 0
  %79 = getelementptr float, ptr %acts, i64 %78
  %80 = getelementptr float, ptr %79, i64 %75
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %81 = add i64 %i8, 16
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %141, %body14 ]
  %82 = icmp slt i64 %i16, 256
  br i1 %82, label %body14, label %done15

body14:                                           ; preds = %loop13
  %83 = add i64 %i8, 0
  %84 = mul i64 %i16, 256
  %85 = add i64 %84, %83
  %86 = getelementptr float, ptr %37, i64 %85
  %87 = load <8 x float>, ptr %86, align 4
  %88 = add i64 %i8, 8
  %89 = mul i64 %i16, 256
  %90 = add i64 %89, %88
  %91 = getelementptr float, ptr %37, i64 %90
  %92 = load <8 x float>, ptr %91, align 4
  %93 = getelementptr float, ptr %50, i64 %i16
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> undef, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> undef, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %30, align 32
  %98 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %96, <8 x float> %87, <8 x float> %97)
  store <8 x float> %98, ptr %30, align 32
  %99 = load <8 x float>, ptr %29, align 32
  %100 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %96, <8 x float> %92, <8 x float> %99)
  store <8 x float> %100, ptr %29, align 32
  %101 = getelementptr float, ptr %56, i64 %i16
  %102 = load float, ptr %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %104 = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %105 = load <8 x float>, ptr %28, align 32
  %106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %104, <8 x float> %87, <8 x float> %105)
  store <8 x float> %106, ptr %28, align 32
  %107 = load <8 x float>, ptr %27, align 32
  %108 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %104, <8 x float> %92, <8 x float> %107)
  store <8 x float> %108, ptr %27, align 32
  %109 = getelementptr float, ptr %62, i64 %i16
  %110 = load float, ptr %109, align 4
  %111 = insertelement <8 x float> undef, float %110, i32 0
  %112 = shufflevector <8 x float> %111, <8 x float> undef, <8 x i32> zeroinitializer
  %113 = load <8 x float>, ptr %26, align 32
  %114 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %112, <8 x float> %87, <8 x float> %113)
  store <8 x float> %114, ptr %26, align 32
  %115 = load <8 x float>, ptr %25, align 32
  %116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %112, <8 x float> %92, <8 x float> %115)
  store <8 x float> %116, ptr %25, align 32
  %117 = getelementptr float, ptr %68, i64 %i16
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %120 = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = load <8 x float>, ptr %24, align 32
  %122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %87, <8 x float> %121)
  store <8 x float> %122, ptr %24, align 32
  %123 = load <8 x float>, ptr %23, align 32
  %124 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %92, <8 x float> %123)
  store <8 x float> %124, ptr %23, align 32
  %125 = getelementptr float, ptr %74, i64 %i16
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %128 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %22, align 32
  %130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %87, <8 x float> %129)
  store <8 x float> %130, ptr %22, align 32
  %131 = load <8 x float>, ptr %21, align 32
  %132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %92, <8 x float> %131)
  store <8 x float> %132, ptr %21, align 32
  %133 = getelementptr float, ptr %80, i64 %i16
  %134 = load float, ptr %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %136 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %137 = load <8 x float>, ptr %20, align 32
  %138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %136, <8 x float> %87, <8 x float> %137)
  store <8 x float> %138, ptr %20, align 32
  %139 = load <8 x float>, ptr %19, align 32
  %140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %136, <8 x float> %92, <8 x float> %139)
  store <8 x float> %140, ptr %19, align 32
  %141 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %142 = mul i64 %34, 256
  %143 = add i64 %142, %i8
  %144 = add i64 %i12, 0
  %145 = mul i64 %144, 1808
  %146 = add i64 %145, 256
  %147 = getelementptr float, ptr %acts, i64 %146
  %148 = getelementptr float, ptr %147, i64 %143
  %149 = getelementptr float, ptr %148, i64 0
  %150 = load <8 x float>, ptr %30, align 32
  store <8 x float> %150, ptr %149, align 4
  %151 = getelementptr float, ptr %148, i64 8
  %152 = load <8 x float>, ptr %29, align 32
  store <8 x float> %152, ptr %151, align 4
  %153 = mul i64 %34, 256
  %154 = add i64 %153, %i8
  %155 = add i64 %i12, 1
  %156 = mul i64 %155, 1808
  %157 = add i64 %156, 256
  %158 = getelementptr float, ptr %acts, i64 %157
  %159 = getelementptr float, ptr %158, i64 %154
  %160 = getelementptr float, ptr %159, i64 0
  %161 = load <8 x float>, ptr %28, align 32
  store <8 x float> %161, ptr %160, align 4
  %162 = getelementptr float, ptr %159, i64 8
  %163 = load <8 x float>, ptr %27, align 32
  store <8 x float> %163, ptr %162, align 4
  %164 = mul i64 %34, 256
  %165 = add i64 %164, %i8
  %166 = add i64 %i12, 2
  %167 = mul i64 %166, 1808
  %168 = add i64 %167, 256
  %169 = getelementptr float, ptr %acts, i64 %168
  %170 = getelementptr float, ptr %169, i64 %165
  %171 = getelementptr float, ptr %170, i64 0
  %172 = load <8 x float>, ptr %26, align 32
  store <8 x float> %172, ptr %171, align 4
  %173 = getelementptr float, ptr %170, i64 8
  %174 = load <8 x float>, ptr %25, align 32
  store <8 x float> %174, ptr %173, align 4
  %175 = mul i64 %34, 256
  %176 = add i64 %175, %i8
  %177 = add i64 %i12, 3
  %178 = mul i64 %177, 1808
  %179 = add i64 %178, 256
  %180 = getelementptr float, ptr %acts, i64 %179
  %181 = getelementptr float, ptr %180, i64 %176
  %182 = getelementptr float, ptr %181, i64 0
  %183 = load <8 x float>, ptr %24, align 32
  store <8 x float> %183, ptr %182, align 4
  %184 = getelementptr float, ptr %181, i64 8
  %185 = load <8 x float>, ptr %23, align 32
  store <8 x float> %185, ptr %184, align 4
  %186 = mul i64 %34, 256
  %187 = add i64 %186, %i8
  %188 = add i64 %i12, 4
  %189 = mul i64 %188, 1808
  %190 = add i64 %189, 256
  %191 = getelementptr float, ptr %acts, i64 %190
  %192 = getelementptr float, ptr %191, i64 %187
  %193 = getelementptr float, ptr %192, i64 0
  %194 = load <8 x float>, ptr %22, align 32
  store <8 x float> %194, ptr %193, align 4
  %195 = getelementptr float, ptr %192, i64 8
  %196 = load <8 x float>, ptr %21, align 32
  store <8 x float> %196, ptr %195, align 4
  %197 = mul i64 %34, 256
  %198 = add i64 %197, %i8
  %199 = add i64 %i12, 5
  %200 = mul i64 %199, 1808
  %201 = add i64 %200, 256
  %202 = getelementptr float, ptr %acts, i64 %201
  %203 = getelementptr float, ptr %202, i64 %198
  %204 = getelementptr float, ptr %203, i64 0
  %205 = load <8 x float>, ptr %20, align 32
  store <8 x float> %205, ptr %204, align 4
  %206 = getelementptr float, ptr %203, i64 8
  %207 = load <8 x float>, ptr %19, align 32
  store <8 x float> %207, ptr %206, align 4
  %208 = add i64 %i12, 6
  br label %loop9

loop17:                                           ; preds = %done23, %done7
  %i20 = phi i64 [ 0, %done7 ], [ %218, %done23 ]
  %209 = icmp slt i64 %i20, 256
  br i1 %209, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %210 = add i64 %i4, 1
  br label %loop1

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ %41, %body18 ], [ %250, %done27 ]
  %211 = icmp slt i64 %i24, %b1
  br i1 %211, label %body22, label %done23

body22:                                           ; preds = %loop21
  %212 = mul i64 %i4, 256
  %213 = add i64 %i24, 0
  %214 = mul i64 %213, 1808
  %215 = add i64 %214, 0
  %216 = getelementptr float, ptr %acts, i64 %215
  %217 = getelementptr float, ptr %216, i64 %212
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %218 = add i64 %i20, 16
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %238, %body26 ]
  %219 = icmp slt i64 %i28, 256
  br i1 %219, label %body26, label %done27

body26:                                           ; preds = %loop25
  %220 = add i64 %i20, 0
  %221 = mul i64 %i28, 256
  %222 = add i64 %221, %220
  %223 = getelementptr float, ptr %37, i64 %222
  %224 = load <8 x float>, ptr %223, align 4
  %225 = add i64 %i20, 8
  %226 = mul i64 %i28, 256
  %227 = add i64 %226, %225
  %228 = getelementptr float, ptr %37, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = getelementptr float, ptr %217, i64 %i28
  %231 = load float, ptr %230, align 4
  %232 = insertelement <8 x float> undef, float %231, i32 0
  %233 = shufflevector <8 x float> %232, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, ptr %18, align 32
  %235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %233, <8 x float> %224, <8 x float> %234)
  store <8 x float> %235, ptr %18, align 32
  %236 = load <8 x float>, ptr %17, align 32
  %237 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %233, <8 x float> %229, <8 x float> %236)
  store <8 x float> %237, ptr %17, align 32
  %238 = add i64 %i28, 1
  br label %loop25

done27:                                           ; preds = %loop25
  %239 = mul i64 %34, 256
  %240 = add i64 %239, %i20
  %241 = add i64 %i24, 0
  %242 = mul i64 %241, 1808
  %243 = add i64 %242, 256
  %244 = getelementptr float, ptr %acts, i64 %243
  %245 = getelementptr float, ptr %244, i64 %240
  %246 = getelementptr float, ptr %245, i64 0
  %247 = load <8 x float>, ptr %18, align 32
  store <8 x float> %247, ptr %246, align 4
  %248 = getelementptr float, ptr %245, i64 8
  %249 = load <8 x float>, ptr %17, align 32
  store <8 x float> %249, ptr %248, align 4
  %250 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done
  %i32 = phi i64 [ %b0, %done ], [ %262, %done35 ]
  %251 = icmp slt i64 %i32, %b1
  br i1 %251, label %body30, label %done31

body30:                                           ; preds = %loop29
  %252 = mul i64 %i32, 1808
  %253 = add i64 %252, 256
  %254 = getelementptr float, ptr %acts, i64 %253
  %255 = mul i64 %i32, 1808
  %256 = add i64 %255, 512
  %257 = getelementptr float, ptr %acts, i64 %256
  br label %loop33

done31:                                           ; preds = %loop29
  %258 = fcmp olt float %sigma, 0.000000e+00
  %259 = select i1 %258, float 0x3FC99999A0000000, float %sigma
  %260 = fcmp ogt float %259, 0.000000e+00
  br label %loop45

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %264, %done39 ]
  %261 = icmp slt i64 %i36, 1
  br i1 %261, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %262 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %285, %done43 ]
  %263 = icmp slt i64 %i40, 256
  br i1 %263, label %body38, label %done39

body38:                                           ; preds = %loop37
  store float 0.000000e+00, ptr %16, align 4
  br label %loop41

done39:                                           ; preds = %loop37
  %264 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %274, %body42 ]
  %265 = icmp slt i64 %i44, 1
  br i1 %265, label %body42, label %done43

body42:                                           ; preds = %loop41
  %266 = mul i64 %i36, 1
  %267 = add i64 %266, %i44
  %268 = mul i64 %267, 256
  %269 = add i64 %268, %i40
  %270 = getelementptr float, ptr %254, i64 %269
  %271 = load float, ptr %270, align 4
  %272 = load float, ptr %16, align 4
  %273 = fadd float %272, %271
  store float %273, ptr %16, align 4
  %274 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %275 = mul i64 %i36, 256
  %276 = add i64 %275, %i40
  %277 = add i64 0, %276
  %278 = getelementptr float, ptr %gains, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = load float, ptr %16, align 4
  %281 = fmul float %280, %279
  %282 = icmp slt i64 %276, 256
  %283 = getelementptr float, ptr %257, i64 %276
  %284 = select i1 %282, float %281, float 0.000000e+00
  store float %284, ptr %283, align 4
  %285 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done55, %done31
  %i48 = phi i64 [ %b0, %done31 ], [ %376, %done55 ]
  %286 = icmp slt i64 %i48, %b1
  br i1 %286, label %body46, label %done47

body46:                                           ; preds = %loop45
  %287 = mul i64 %i48, 1808
  %288 = add i64 %287, 512
  %289 = getelementptr float, ptr %acts, i64 %288
  %290 = mul i64 %i48, 1808
  %291 = add i64 %290, 768
  %292 = getelementptr float, ptr %acts, i64 %291
  %293 = add i64 %first, %i48
  %294 = add i64 %seed, -7046029254386353131
  %295 = lshr i64 %294, 30
  %296 = xor i64 %294, %295
  %297 = mul i64 %296, -4658895280553007687
  %298 = lshr i64 %297, 27
  %299 = xor i64 %297, %298
  %300 = mul i64 %299, -7723592293110705685
  %301 = lshr i64 %300, 31
  %302 = xor i64 %300, %301
  %303 = add i64 %302, %step
  %304 = lshr i64 %303, 30
  %305 = xor i64 %303, %304
  %306 = mul i64 %305, -4658895280553007687
  %307 = lshr i64 %306, 27
  %308 = xor i64 %306, %307
  %309 = mul i64 %308, -7723592293110705685
  %310 = lshr i64 %309, 31
  %311 = xor i64 %309, %310
  %312 = or i64 3298534883328, %293
  %313 = add i64 %311, %312
  %314 = lshr i64 %313, 30
  %315 = xor i64 %313, %314
  %316 = mul i64 %315, -4658895280553007687
  %317 = lshr i64 %316, 27
  %318 = xor i64 %316, %317
  %319 = mul i64 %318, -7723592293110705685
  %320 = lshr i64 %319, 31
  %321 = xor i64 %319, %320
  br label %loop49

done47:                                           ; preds = %loop45
  %322 = getelementptr float, ptr %params, i64 131072
  %323 = load float, ptr %322, align 4
  %324 = fcmp ogt float %323, 0.000000e+00
  %325 = fneg float %323
  %326 = select i1 %324, float %325, float %323
  %327 = call float @llvm.exp.f32(float %326)
  %328 = fmul float 3.000000e+00, %327
  %329 = fadd float 1.000000e+00, %328
  %330 = fsub float 1.000000e+00, %327
  %331 = fdiv float %330, %329
  %332 = fadd float %327, 3.000000e+00
  %333 = fsub float %327, 1.000000e+00
  %334 = fdiv float %333, %332
  %335 = select i1 %324, float %331, float %334
  br label %loop57

loop49:                                           ; preds = %join, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %372, %join ]
  %336 = icmp slt i64 %i52, 256
  br i1 %336, label %body50, label %done51

body50:                                           ; preds = %loop49
  %337 = getelementptr float, ptr %289, i64 %i52
  %338 = load float, ptr %337, align 4
  store float %338, ptr %15, align 4
  br i1 %260, label %then, label %join

done51:                                           ; preds = %loop49
  br label %loop53

then:                                             ; preds = %body50
  %339 = mul i64 %i52, -7046029254386353131
  %340 = add i64 %321, %339
  %341 = lshr i64 %340, 30
  %342 = xor i64 %340, %341
  %343 = mul i64 %342, -4658895280553007687
  %344 = lshr i64 %343, 27
  %345 = xor i64 %343, %344
  %346 = mul i64 %345, -7723592293110705685
  %347 = lshr i64 %346, 31
  %348 = xor i64 %346, %347
  %349 = lshr i64 %348, 41
  %350 = mul i64 2, %349
  %351 = add i64 %350, 1
  %352 = lshr i64 %348, 17
  %353 = and i64 %352, 8388607
  %354 = mul i64 2, %353
  %355 = add i64 %354, 1
  %356 = uitofp i64 %351 to float
  %357 = fmul float %356, 0x3E70000000000000
  %358 = uitofp i64 %355 to float
  %359 = fmul float %358, 0x3E70000000000000
  %360 = call float @llvm.log.f32(float %357)
  %361 = fmul float -2.000000e+00, %360
  %362 = call float @llvm.sqrt.f32(float %361)
  %363 = fmul float 0x401921FB60000000, %359
  %364 = call float @llvm.cos.f32(float %363)
  %365 = fmul float %362, %364
  %366 = fmul float %259, %365
  %367 = fadd float %338, %366
  store float %367, ptr %15, align 4
  br label %join

join:                                             ; preds = %then, %body50
  %368 = load float, ptr %15, align 4
  %369 = fcmp oge float %368, 0x3FB99999A0000000
  %370 = getelementptr float, ptr %292, i64 %i52
  %371 = uitofp i1 %369 to float
  store float %371, ptr %370, align 4
  %372 = add i64 %i52, 1
  br label %loop49

loop53:                                           ; preds = %body54, %done51
  %i56 = phi i64 [ 256, %done51 ], [ %375, %body54 ]
  %373 = icmp slt i64 %i56, 256
  br i1 %373, label %body54, label %done55

body54:                                           ; preds = %loop53
  %374 = getelementptr float, ptr %292, i64 %i56
  store float 0.000000e+00, ptr %374, align 4
  %375 = add i64 %i56, 1
  br label %loop53

done55:                                           ; preds = %loop53
  %376 = add i64 %i48, 1
  br label %loop45

loop57:                                           ; preds = %done63, %done47
  %i60 = phi i64 [ %b0, %done47 ], [ %379, %done63 ]
  %377 = icmp slt i64 %i60, %b1
  br i1 %377, label %body58, label %done59

body58:                                           ; preds = %loop57
  br label %loop61

done59:                                           ; preds = %loop57
  br label %loop73

loop61:                                           ; preds = %done67, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %394, %done67 ]
  %378 = icmp slt i64 %i64, 1
  br i1 %378, label %body62, label %done63

body62:                                           ; preds = %loop61
  br label %loop65

done63:                                           ; preds = %loop61
  %379 = add i64 %i60, 1
  br label %loop57

loop65:                                           ; preds = %done71, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %413, %done71 ]
  %380 = icmp slt i64 %i68, 4
  br i1 %380, label %body66, label %done67

body66:                                           ; preds = %loop65
  %381 = mul i64 %i64, 256
  %382 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i68
  %383 = load i32, ptr %382, align 4
  %384 = sext i32 %383 to i64
  %385 = mul i64 %384, 64
  %386 = add i64 %381, %385
  %387 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i68
  %388 = load i32, ptr %387, align 4
  %389 = sext i32 %388 to i64
  %390 = mul i64 %389, 64
  %391 = add i64 %381, %390
  %392 = mul i64 %i68, 64
  %393 = add i64 %381, %392
  br label %loop69

done67:                                           ; preds = %loop65
  %394 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %body70, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %412, %body70 ]
  %395 = icmp slt i64 %i72, 64
  br i1 %395, label %body70, label %done71

body70:                                           ; preds = %loop69
  %396 = add i64 %391, %i72
  %397 = add i64 %386, %i72
  %398 = add i64 %393, %i72
  %399 = mul i64 %i60, 1808
  %400 = add i64 %399, 768
  %401 = getelementptr float, ptr %acts, i64 %400
  %402 = getelementptr float, ptr %401, i64 %396
  %403 = load float, ptr %402, align 4
  %404 = getelementptr float, ptr %401, i64 %397
  %405 = load float, ptr %404, align 4
  %406 = fsub float %405, %403
  %407 = mul i64 %i60, 1808
  %408 = add i64 %407, 1024
  %409 = getelementptr float, ptr %acts, i64 %408
  %410 = getelementptr float, ptr %409, i64 %398
  %411 = fmul float %335, %406
  store float %411, ptr %410, align 4
  %412 = add i64 %i72, 1
  br label %loop69

done71:                                           ; preds = %loop69
  %413 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %done59
  %i76 = phi i64 [ 0, %done59 ], [ %425, %done79 ]
  %414 = icmp slt i64 %i76, 1
  br i1 %414, label %body74, label %done75

body74:                                           ; preds = %loop73
  br label %loop77

done75:                                           ; preds = %loop73
  br label %loop105

loop77:                                           ; preds = %done95, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %593, %done95 ]
  %415 = icmp slt i64 %i80, 1
  br i1 %415, label %body78, label %done79

body78:                                           ; preds = %loop77
  %416 = mul i64 %i76, 1
  %417 = add i64 %416, %i80
  %418 = mul i64 %417, 65536
  %419 = add i64 66048, %418
  %420 = getelementptr float, ptr %gains, i64 %419
  %421 = sub i64 %b1, %b0
  %422 = sdiv i64 %421, 6
  %423 = mul i64 %422, 6
  %424 = add i64 %b0, %423
  br label %loop81

done79:                                           ; preds = %loop77
  %425 = add i64 %i76, 1
  br label %loop73

loop81:                                           ; preds = %done87, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %464, %done87 ]
  %426 = icmp slt i64 %i84, 256
  br i1 %426, label %body82, label %done83

body82:                                           ; preds = %loop81
  br label %loop85

done83:                                           ; preds = %loop81
  br label %loop93

loop85:                                           ; preds = %done91, %body82
  %i88 = phi i64 [ %b0, %body82 ], [ %591, %done91 ]
  %427 = icmp slt i64 %i88, %424
  br i1 %427, label %body86, label %done87

body86:                                           ; preds = %loop85
  %428 = mul i64 %i80, 256
  %429 = add i64 %i88, 0
  %430 = mul i64 %429, 1808
  %431 = add i64 %430, 1024
  %432 = getelementptr float, ptr %acts, i64 %431
  %433 = getelementptr float, ptr %432, i64 %428
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %434 = mul i64 %i80, 256
  %435 = add i64 %i88, 1
  %436 = mul i64 %435, 1808
  %437 = add i64 %436, 1024
  %438 = getelementptr float, ptr %acts, i64 %437
  %439 = getelementptr float, ptr %438, i64 %434
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %440 = mul i64 %i80, 256
  %441 = add i64 %i88, 2
  %442 = mul i64 %441, 1808
  %443 = add i64 %442, 1024
  %444 = getelementptr float, ptr %acts, i64 %443
  %445 = getelementptr float, ptr %444, i64 %440
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %446 = mul i64 %i80, 256
  %447 = add i64 %i88, 3
  %448 = mul i64 %447, 1808
  %449 = add i64 %448, 1024
  %450 = getelementptr float, ptr %acts, i64 %449
  %451 = getelementptr float, ptr %450, i64 %446
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %452 = mul i64 %i80, 256
  %453 = add i64 %i88, 4
  %454 = mul i64 %453, 1808
  %455 = add i64 %454, 1024
  %456 = getelementptr float, ptr %acts, i64 %455
  %457 = getelementptr float, ptr %456, i64 %452
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %458 = mul i64 %i80, 256
  %459 = add i64 %i88, 5
  %460 = mul i64 %459, 1808
  %461 = add i64 %460, 1024
  %462 = getelementptr float, ptr %acts, i64 %461
  %463 = getelementptr float, ptr %462, i64 %458
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop89

done87:                                           ; preds = %loop85
  %464 = add i64 %i84, 16
  br label %loop81

loop89:                                           ; preds = %body90, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %524, %body90 ]
  %465 = icmp slt i64 %i92, 256
  br i1 %465, label %body90, label %done91

body90:                                           ; preds = %loop89
  %466 = add i64 %i84, 0
  %467 = mul i64 %i92, 256
  %468 = add i64 %467, %466
  %469 = getelementptr float, ptr %420, i64 %468
  %470 = load <8 x float>, ptr %469, align 4
  %471 = add i64 %i84, 8
  %472 = mul i64 %i92, 256
  %473 = add i64 %472, %471
  %474 = getelementptr float, ptr %420, i64 %473
  %475 = load <8 x float>, ptr %474, align 4
  %476 = getelementptr float, ptr %433, i64 %i92
  %477 = load float, ptr %476, align 4
  %478 = insertelement <8 x float> undef, float %477, i32 0
  %479 = shufflevector <8 x float> %478, <8 x float> undef, <8 x i32> zeroinitializer
  %480 = load <8 x float>, ptr %14, align 32
  %481 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %479, <8 x float> %470, <8 x float> %480)
  store <8 x float> %481, ptr %14, align 32
  %482 = load <8 x float>, ptr %13, align 32
  %483 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %479, <8 x float> %475, <8 x float> %482)
  store <8 x float> %483, ptr %13, align 32
  %484 = getelementptr float, ptr %439, i64 %i92
  %485 = load float, ptr %484, align 4
  %486 = insertelement <8 x float> undef, float %485, i32 0
  %487 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, ptr %12, align 32
  %489 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %470, <8 x float> %488)
  store <8 x float> %489, ptr %12, align 32
  %490 = load <8 x float>, ptr %11, align 32
  %491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %475, <8 x float> %490)
  store <8 x float> %491, ptr %11, align 32
  %492 = getelementptr float, ptr %445, i64 %i92
  %493 = load float, ptr %492, align 4
  %494 = insertelement <8 x float> undef, float %493, i32 0
  %495 = shufflevector <8 x float> %494, <8 x float> undef, <8 x i32> zeroinitializer
  %496 = load <8 x float>, ptr %10, align 32
  %497 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %495, <8 x float> %470, <8 x float> %496)
  store <8 x float> %497, ptr %10, align 32
  %498 = load <8 x float>, ptr %9, align 32
  %499 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %495, <8 x float> %475, <8 x float> %498)
  store <8 x float> %499, ptr %9, align 32
  %500 = getelementptr float, ptr %451, i64 %i92
  %501 = load float, ptr %500, align 4
  %502 = insertelement <8 x float> undef, float %501, i32 0
  %503 = shufflevector <8 x float> %502, <8 x float> undef, <8 x i32> zeroinitializer
  %504 = load <8 x float>, ptr %8, align 32
  %505 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %503, <8 x float> %470, <8 x float> %504)
  store <8 x float> %505, ptr %8, align 32
  %506 = load <8 x float>, ptr %7, align 32
  %507 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %503, <8 x float> %475, <8 x float> %506)
  store <8 x float> %507, ptr %7, align 32
  %508 = getelementptr float, ptr %457, i64 %i92
  %509 = load float, ptr %508, align 4
  %510 = insertelement <8 x float> undef, float %509, i32 0
  %511 = shufflevector <8 x float> %510, <8 x float> undef, <8 x i32> zeroinitializer
  %512 = load <8 x float>, ptr %6, align 32
  %513 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %511, <8 x float> %470, <8 x float> %512)
  store <8 x float> %513, ptr %6, align 32
  %514 = load <8 x float>, ptr %5, align 32
  %515 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %511, <8 x float> %475, <8 x float> %514)
  store <8 x float> %515, ptr %5, align 32
  %516 = getelementptr float, ptr %463, i64 %i92
  %517 = load float, ptr %516, align 4
  %518 = insertelement <8 x float> undef, float %517, i32 0
  %519 = shufflevector <8 x float> %518, <8 x float> undef, <8 x i32> zeroinitializer
  %520 = load <8 x float>, ptr %4, align 32
  %521 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %519, <8 x float> %470, <8 x float> %520)
  store <8 x float> %521, ptr %4, align 32
  %522 = load <8 x float>, ptr %3, align 32
  %523 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %519, <8 x float> %475, <8 x float> %522)
  store <8 x float> %523, ptr %3, align 32
  %524 = add i64 %i92, 1
  br label %loop89

done91:                                           ; preds = %loop89
  %525 = mul i64 %417, 256
  %526 = add i64 %525, %i84
  %527 = add i64 %i88, 0
  %528 = mul i64 %527, 1808
  %529 = add i64 %528, 1280
  %530 = getelementptr float, ptr %acts, i64 %529
  %531 = getelementptr float, ptr %530, i64 %526
  %532 = getelementptr float, ptr %531, i64 0
  %533 = load <8 x float>, ptr %14, align 32
  store <8 x float> %533, ptr %532, align 4
  %534 = getelementptr float, ptr %531, i64 8
  %535 = load <8 x float>, ptr %13, align 32
  store <8 x float> %535, ptr %534, align 4
  %536 = mul i64 %417, 256
  %537 = add i64 %536, %i84
  %538 = add i64 %i88, 1
  %539 = mul i64 %538, 1808
  %540 = add i64 %539, 1280
  %541 = getelementptr float, ptr %acts, i64 %540
  %542 = getelementptr float, ptr %541, i64 %537
  %543 = getelementptr float, ptr %542, i64 0
  %544 = load <8 x float>, ptr %12, align 32
  store <8 x float> %544, ptr %543, align 4
  %545 = getelementptr float, ptr %542, i64 8
  %546 = load <8 x float>, ptr %11, align 32
  store <8 x float> %546, ptr %545, align 4
  %547 = mul i64 %417, 256
  %548 = add i64 %547, %i84
  %549 = add i64 %i88, 2
  %550 = mul i64 %549, 1808
  %551 = add i64 %550, 1280
  %552 = getelementptr float, ptr %acts, i64 %551
  %553 = getelementptr float, ptr %552, i64 %548
  %554 = getelementptr float, ptr %553, i64 0
  %555 = load <8 x float>, ptr %10, align 32
  store <8 x float> %555, ptr %554, align 4
  %556 = getelementptr float, ptr %553, i64 8
  %557 = load <8 x float>, ptr %9, align 32
  store <8 x float> %557, ptr %556, align 4
  %558 = mul i64 %417, 256
  %559 = add i64 %558, %i84
  %560 = add i64 %i88, 3
  %561 = mul i64 %560, 1808
  %562 = add i64 %561, 1280
  %563 = getelementptr float, ptr %acts, i64 %562
  %564 = getelementptr float, ptr %563, i64 %559
  %565 = getelementptr float, ptr %564, i64 0
  %566 = load <8 x float>, ptr %8, align 32
  store <8 x float> %566, ptr %565, align 4
  %567 = getelementptr float, ptr %564, i64 8
  %568 = load <8 x float>, ptr %7, align 32
  store <8 x float> %568, ptr %567, align 4
  %569 = mul i64 %417, 256
  %570 = add i64 %569, %i84
  %571 = add i64 %i88, 4
  %572 = mul i64 %571, 1808
  %573 = add i64 %572, 1280
  %574 = getelementptr float, ptr %acts, i64 %573
  %575 = getelementptr float, ptr %574, i64 %570
  %576 = getelementptr float, ptr %575, i64 0
  %577 = load <8 x float>, ptr %6, align 32
  store <8 x float> %577, ptr %576, align 4
  %578 = getelementptr float, ptr %575, i64 8
  %579 = load <8 x float>, ptr %5, align 32
  store <8 x float> %579, ptr %578, align 4
  %580 = mul i64 %417, 256
  %581 = add i64 %580, %i84
  %582 = add i64 %i88, 5
  %583 = mul i64 %582, 1808
  %584 = add i64 %583, 1280
  %585 = getelementptr float, ptr %acts, i64 %584
  %586 = getelementptr float, ptr %585, i64 %581
  %587 = getelementptr float, ptr %586, i64 0
  %588 = load <8 x float>, ptr %4, align 32
  store <8 x float> %588, ptr %587, align 4
  %589 = getelementptr float, ptr %586, i64 8
  %590 = load <8 x float>, ptr %3, align 32
  store <8 x float> %590, ptr %589, align 4
  %591 = add i64 %i88, 6
  br label %loop85

loop93:                                           ; preds = %done99, %done83
  %i96 = phi i64 [ 0, %done83 ], [ %601, %done99 ]
  %592 = icmp slt i64 %i96, 256
  br i1 %592, label %body94, label %done95

body94:                                           ; preds = %loop93
  br label %loop97

done95:                                           ; preds = %loop93
  %593 = add i64 %i80, 1
  br label %loop77

loop97:                                           ; preds = %done103, %body94
  %i100 = phi i64 [ %424, %body94 ], [ %633, %done103 ]
  %594 = icmp slt i64 %i100, %b1
  br i1 %594, label %body98, label %done99

body98:                                           ; preds = %loop97
  %595 = mul i64 %i80, 256
  %596 = add i64 %i100, 0
  %597 = mul i64 %596, 1808
  %598 = add i64 %597, 1024
  %599 = getelementptr float, ptr %acts, i64 %598
  %600 = getelementptr float, ptr %599, i64 %595
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop101

done99:                                           ; preds = %loop97
  %601 = add i64 %i96, 16
  br label %loop93

loop101:                                          ; preds = %body102, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %621, %body102 ]
  %602 = icmp slt i64 %i104, 256
  br i1 %602, label %body102, label %done103

body102:                                          ; preds = %loop101
  %603 = add i64 %i96, 0
  %604 = mul i64 %i104, 256
  %605 = add i64 %604, %603
  %606 = getelementptr float, ptr %420, i64 %605
  %607 = load <8 x float>, ptr %606, align 4
  %608 = add i64 %i96, 8
  %609 = mul i64 %i104, 256
  %610 = add i64 %609, %608
  %611 = getelementptr float, ptr %420, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = getelementptr float, ptr %600, i64 %i104
  %614 = load float, ptr %613, align 4
  %615 = insertelement <8 x float> undef, float %614, i32 0
  %616 = shufflevector <8 x float> %615, <8 x float> undef, <8 x i32> zeroinitializer
  %617 = load <8 x float>, ptr %2, align 32
  %618 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %616, <8 x float> %607, <8 x float> %617)
  store <8 x float> %618, ptr %2, align 32
  %619 = load <8 x float>, ptr %1, align 32
  %620 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %616, <8 x float> %612, <8 x float> %619)
  store <8 x float> %620, ptr %1, align 32
  %621 = add i64 %i104, 1
  br label %loop101

done103:                                          ; preds = %loop101
  %622 = mul i64 %417, 256
  %623 = add i64 %622, %i96
  %624 = add i64 %i100, 0
  %625 = mul i64 %624, 1808
  %626 = add i64 %625, 1280
  %627 = getelementptr float, ptr %acts, i64 %626
  %628 = getelementptr float, ptr %627, i64 %623
  %629 = getelementptr float, ptr %628, i64 0
  %630 = load <8 x float>, ptr %2, align 32
  store <8 x float> %630, ptr %629, align 4
  %631 = getelementptr float, ptr %628, i64 8
  %632 = load <8 x float>, ptr %1, align 32
  store <8 x float> %632, ptr %631, align 4
  %633 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %done75
  %i108 = phi i64 [ %b0, %done75 ], [ %642, %done111 ]
  %634 = icmp slt i64 %i108, %b1
  br i1 %634, label %body106, label %done107

body106:                                          ; preds = %loop105
  %635 = mul i64 %i108, 1808
  %636 = add i64 %635, 1280
  %637 = getelementptr float, ptr %acts, i64 %636
  %638 = mul i64 %i108, 1808
  %639 = add i64 %638, 1536
  %640 = getelementptr float, ptr %acts, i64 %639
  br label %loop109

done107:                                          ; preds = %loop105
  br label %loop121

loop109:                                          ; preds = %done115, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %644, %done115 ]
  %641 = icmp slt i64 %i112, 1
  br i1 %641, label %body110, label %done111

body110:                                          ; preds = %loop109
  br label %loop113

done111:                                          ; preds = %loop109
  %642 = add i64 %i108, 1
  br label %loop105

loop113:                                          ; preds = %done119, %body110
  %i116 = phi i64 [ 0, %body110 ], [ %665, %done119 ]
  %643 = icmp slt i64 %i116, 256
  br i1 %643, label %body114, label %done115

body114:                                          ; preds = %loop113
  store float 0.000000e+00, ptr %0, align 4
  br label %loop117

done115:                                          ; preds = %loop113
  %644 = add i64 %i112, 1
  br label %loop109

loop117:                                          ; preds = %body118, %body114
  %i120 = phi i64 [ 0, %body114 ], [ %654, %body118 ]
  %645 = icmp slt i64 %i120, 1
  br i1 %645, label %body118, label %done119

body118:                                          ; preds = %loop117
  %646 = mul i64 %i112, 1
  %647 = add i64 %646, %i120
  %648 = mul i64 %647, 256
  %649 = add i64 %648, %i116
  %650 = getelementptr float, ptr %637, i64 %649
  %651 = load float, ptr %650, align 4
  %652 = load float, ptr %0, align 4
  %653 = fadd float %652, %651
  store float %653, ptr %0, align 4
  %654 = add i64 %i120, 1
  br label %loop117

done119:                                          ; preds = %loop117
  %655 = mul i64 %i112, 256
  %656 = add i64 %655, %i116
  %657 = add i64 256, %656
  %658 = getelementptr float, ptr %gains, i64 %657
  %659 = load float, ptr %658, align 4
  %660 = load float, ptr %0, align 4
  %661 = fmul float %660, %659
  %662 = icmp slt i64 %656, 4
  %663 = getelementptr float, ptr %640, i64 %656
  %664 = select i1 %662, float %661, float 0.000000e+00
  store float %664, ptr %663, align 4
  %665 = add i64 %i116, 1
  br label %loop113

loop121:                                          ; preds = %done127, %done107
  %i124 = phi i64 [ %b0, %done107 ], [ %678, %done127 ]
  %666 = icmp slt i64 %i124, %b1
  br i1 %666, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  ret void

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %677, %body126 ]
  %667 = icmp slt i64 %i128, 4
  br i1 %667, label %body126, label %done127

body126:                                          ; preds = %loop125
  %668 = mul i64 %i124, 1808
  %669 = add i64 %668, 1792
  %670 = getelementptr float, ptr %acts, i64 %669
  %671 = getelementptr float, ptr %670, i64 %i128
  %672 = mul i64 %i124, 1808
  %673 = add i64 %672, 1536
  %674 = getelementptr float, ptr %acts, i64 %673
  %675 = getelementptr float, ptr %674, i64 %i128
  %676 = load float, ptr %675, align 4
  store float %676, ptr %671, align 4
  %677 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %678 = add i64 %i124, 1
  br label %loop121
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 1808
  %6 = add i64 %5, 1792
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 1808
  %9 = add i64 %8, 1792
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 4
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 4
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 4
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %29, %done7 ]
  %14 = icmp slt i64 %i, %b1
  br i1 %14, label %body, label %done

body:                                             ; preds = %loop
  %15 = mul i64 %i, 1808
  %16 = add i64 %15, 1536
  %17 = getelementptr float, ptr %dacts, i64 %16
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %17, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %28, %body6 ]
  %21 = icmp slt i64 %i8, 4
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = getelementptr float, ptr %17, i64 %i8
  %23 = mul i64 %i, 1808
  %24 = add i64 %23, 1792
  %25 = getelementptr float, ptr %dacts, i64 %24
  %26 = getelementptr float, ptr %25, i64 %i8
  %27 = load float, ptr %26, align 4
  store float %27, ptr %22, align 4
  %28 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %29 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %38, %done15 ]
  %30 = icmp slt i64 %i12, %b1
  br i1 %30, label %body10, label %done11

body10:                                           ; preds = %loop9
  %31 = mul i64 %i12, 1808
  %32 = add i64 %31, 1536
  %33 = getelementptr float, ptr %dacts, i64 %32
  %34 = mul i64 %i12, 1808
  %35 = add i64 %34, 1280
  %36 = getelementptr float, ptr %dacts, i64 %35
  br label %loop13

done11:                                           ; preds = %loop9
  br label %loop25

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %50, %done19 ]
  %37 = icmp slt i64 %i16, 1
  br i1 %37, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %38 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %58, %done23 ]
  %39 = icmp slt i64 %i20, 256
  br i1 %39, label %body18, label %done19

body18:                                           ; preds = %loop17
  %40 = mul i64 %i16, 256
  %41 = add i64 %40, %i20
  %42 = add i64 256, %41
  %43 = getelementptr float, ptr %gains, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = getelementptr float, ptr %33, i64 %41
  %46 = load float, ptr %45, align 4
  %47 = fmul float %46, %44
  %48 = icmp slt i64 %41, 4
  %49 = select i1 %48, float %47, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %50 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %57, %body22 ]
  %51 = icmp slt i64 %i24, 1
  br i1 %51, label %body22, label %done23

body22:                                           ; preds = %loop21
  %52 = mul i64 %i16, 1
  %53 = add i64 %52, %i24
  %54 = mul i64 %53, 256
  %55 = add i64 %54, %i20
  %56 = getelementptr float, ptr %36, i64 %55
  store float %49, ptr %56, align 4
  %57 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %58 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done11
  %i28 = phi i64 [ %b0, %done11 ], [ %67, %done31 ]
  %59 = icmp slt i64 %i28, %b1
  br i1 %59, label %body26, label %done27

body26:                                           ; preds = %loop25
  %60 = mul i64 %i28, 1808
  %61 = add i64 %60, 1024
  %62 = getelementptr float, ptr %dacts, i64 %61
  br label %loop29

done27:                                           ; preds = %loop25
  %63 = getelementptr float, ptr %params, i64 131088
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %66, %body30 ]
  %64 = icmp slt i64 %i32, 256
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = getelementptr float, ptr %62, i64 %i32
  store <8 x float> zeroinitializer, ptr %65, align 4
  %66 = add i64 %i32, 8
  br label %loop29

done31:                                           ; preds = %loop29
  %67 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %79, %done39 ]
  %68 = icmp slt i64 %i36, 1
  br i1 %68, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  br label %loop67

loop37:                                           ; preds = %done55, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %278, %done55 ]
  %69 = icmp slt i64 %i40, 1
  br i1 %69, label %body38, label %done39

body38:                                           ; preds = %loop37
  %70 = mul i64 %i36, 1
  %71 = add i64 %70, %i40
  %72 = mul i64 %71, 65536
  %73 = getelementptr float, ptr %63, i64 %72
  %74 = mul i64 %71, 256
  %75 = sub i64 %b1, %b0
  %76 = sdiv i64 %75, 6
  %77 = mul i64 %76, 6
  %78 = add i64 %b0, %77
  br label %loop41

done39:                                           ; preds = %loop37
  %79 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %178, %done47 ]
  %80 = icmp slt i64 %i44, 256
  br i1 %80, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  br label %loop53

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %b0, %body42 ], [ %223, %done51 ]
  %81 = icmp slt i64 %i48, %78
  br i1 %81, label %body46, label %done47

body46:                                           ; preds = %loop45
  %82 = mul i64 %i40, 256
  %83 = add i64 %82, %i44
  %84 = add i64 %i48, 0
  %85 = mul i64 %84, 1808
  %86 = add i64 %85, 1024
  %87 = getelementptr float, ptr %dacts, i64 %86
  %88 = getelementptr float, ptr %87, i64 %83
  %89 = add i64 %i48, 0
  %90 = mul i64 %89, 1808
  %91 = add i64 %90, 1280
  %92 = getelementptr float, ptr %dacts, i64 %91
  %93 = getelementptr float, ptr %92, i64 %74
  %94 = getelementptr float, ptr %88, i64 0
  %95 = load <8 x float>, ptr %94, align 4
  store <8 x float> %95, ptr %13, align 32
  %96 = getelementptr float, ptr %88, i64 8
  %97 = load <8 x float>, ptr %96, align 4
  store <8 x float> %97, ptr %12, align 32
  %98 = mul i64 %i40, 256
  %99 = add i64 %98, %i44
  %100 = add i64 %i48, 1
  %101 = mul i64 %100, 1808
  %102 = add i64 %101, 1024
  %103 = getelementptr float, ptr %dacts, i64 %102
  %104 = getelementptr float, ptr %103, i64 %99
  %105 = add i64 %i48, 1
  %106 = mul i64 %105, 1808
  %107 = add i64 %106, 1280
  %108 = getelementptr float, ptr %dacts, i64 %107
  %109 = getelementptr float, ptr %108, i64 %74
  %110 = getelementptr float, ptr %104, i64 0
  %111 = load <8 x float>, ptr %110, align 4
  store <8 x float> %111, ptr %11, align 32
  %112 = getelementptr float, ptr %104, i64 8
  %113 = load <8 x float>, ptr %112, align 4
  store <8 x float> %113, ptr %10, align 32
  %114 = mul i64 %i40, 256
  %115 = add i64 %114, %i44
  %116 = add i64 %i48, 2
  %117 = mul i64 %116, 1808
  %118 = add i64 %117, 1024
  %119 = getelementptr float, ptr %dacts, i64 %118
  %120 = getelementptr float, ptr %119, i64 %115
  %121 = add i64 %i48, 2
  %122 = mul i64 %121, 1808
  %123 = add i64 %122, 1280
  %124 = getelementptr float, ptr %dacts, i64 %123
  %125 = getelementptr float, ptr %124, i64 %74
  %126 = getelementptr float, ptr %120, i64 0
  %127 = load <8 x float>, ptr %126, align 4
  store <8 x float> %127, ptr %9, align 32
  %128 = getelementptr float, ptr %120, i64 8
  %129 = load <8 x float>, ptr %128, align 4
  store <8 x float> %129, ptr %8, align 32
  %130 = mul i64 %i40, 256
  %131 = add i64 %130, %i44
  %132 = add i64 %i48, 3
  %133 = mul i64 %132, 1808
  %134 = add i64 %133, 1024
  %135 = getelementptr float, ptr %dacts, i64 %134
  %136 = getelementptr float, ptr %135, i64 %131
  %137 = add i64 %i48, 3
  %138 = mul i64 %137, 1808
  %139 = add i64 %138, 1280
  %140 = getelementptr float, ptr %dacts, i64 %139
  %141 = getelementptr float, ptr %140, i64 %74
  %142 = getelementptr float, ptr %136, i64 0
  %143 = load <8 x float>, ptr %142, align 4
  store <8 x float> %143, ptr %7, align 32
  %144 = getelementptr float, ptr %136, i64 8
  %145 = load <8 x float>, ptr %144, align 4
  store <8 x float> %145, ptr %6, align 32
  %146 = mul i64 %i40, 256
  %147 = add i64 %146, %i44
  %148 = add i64 %i48, 4
  %149 = mul i64 %148, 1808
  %150 = add i64 %149, 1024
  %151 = getelementptr float, ptr %dacts, i64 %150
  %152 = getelementptr float, ptr %151, i64 %147
  %153 = add i64 %i48, 4
  %154 = mul i64 %153, 1808
  %155 = add i64 %154, 1280
  %156 = getelementptr float, ptr %dacts, i64 %155
  %157 = getelementptr float, ptr %156, i64 %74
  %158 = getelementptr float, ptr %152, i64 0
  %159 = load <8 x float>, ptr %158, align 4
  store <8 x float> %159, ptr %5, align 32
  %160 = getelementptr float, ptr %152, i64 8
  %161 = load <8 x float>, ptr %160, align 4
  store <8 x float> %161, ptr %4, align 32
  %162 = mul i64 %i40, 256
  %163 = add i64 %162, %i44
  %164 = add i64 %i48, 5
  %165 = mul i64 %164, 1808
  %166 = add i64 %165, 1024
  %167 = getelementptr float, ptr %dacts, i64 %166
  %168 = getelementptr float, ptr %167, i64 %163
  %169 = add i64 %i48, 5
  %170 = mul i64 %169, 1808
  %171 = add i64 %170, 1280
  %172 = getelementptr float, ptr %dacts, i64 %171
  %173 = getelementptr float, ptr %172, i64 %74
  %174 = getelementptr float, ptr %168, i64 0
  %175 = load <8 x float>, ptr %174, align 4
  store <8 x float> %175, ptr %3, align 32
  %176 = getelementptr float, ptr %168, i64 8
  %177 = load <8 x float>, ptr %176, align 4
  store <8 x float> %177, ptr %2, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %178 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %276, %join ]
  %179 = icmp slt i64 %i52, 256
  br i1 %179, label %body50, label %done51

body50:                                           ; preds = %loop49
  %180 = getelementptr float, ptr %93, i64 %i52
  %181 = getelementptr float, ptr %109, i64 %i52
  %182 = getelementptr float, ptr %125, i64 %i52
  %183 = getelementptr float, ptr %141, i64 %i52
  %184 = getelementptr float, ptr %157, i64 %i52
  %185 = getelementptr float, ptr %173, i64 %i52
  %186 = load i32, ptr %180, align 4
  %187 = load i32, ptr %181, align 4
  %188 = or i32 %186, %187
  %189 = load i32, ptr %182, align 4
  %190 = or i32 %188, %189
  %191 = load i32, ptr %183, align 4
  %192 = or i32 %190, %191
  %193 = load i32, ptr %184, align 4
  %194 = or i32 %192, %193
  %195 = load i32, ptr %185, align 4
  %196 = or i32 %194, %195
  %197 = shl i32 %196, 1
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %then, label %join

done51:                                           ; preds = %loop49
  %199 = getelementptr float, ptr %88, i64 0
  %200 = load <8 x float>, ptr %13, align 32
  store <8 x float> %200, ptr %199, align 4
  %201 = getelementptr float, ptr %88, i64 8
  %202 = load <8 x float>, ptr %12, align 32
  store <8 x float> %202, ptr %201, align 4
  %203 = getelementptr float, ptr %104, i64 0
  %204 = load <8 x float>, ptr %11, align 32
  store <8 x float> %204, ptr %203, align 4
  %205 = getelementptr float, ptr %104, i64 8
  %206 = load <8 x float>, ptr %10, align 32
  store <8 x float> %206, ptr %205, align 4
  %207 = getelementptr float, ptr %120, i64 0
  %208 = load <8 x float>, ptr %9, align 32
  store <8 x float> %208, ptr %207, align 4
  %209 = getelementptr float, ptr %120, i64 8
  %210 = load <8 x float>, ptr %8, align 32
  store <8 x float> %210, ptr %209, align 4
  %211 = getelementptr float, ptr %136, i64 0
  %212 = load <8 x float>, ptr %7, align 32
  store <8 x float> %212, ptr %211, align 4
  %213 = getelementptr float, ptr %136, i64 8
  %214 = load <8 x float>, ptr %6, align 32
  store <8 x float> %214, ptr %213, align 4
  %215 = getelementptr float, ptr %152, i64 0
  %216 = load <8 x float>, ptr %5, align 32
  store <8 x float> %216, ptr %215, align 4
  %217 = getelementptr float, ptr %152, i64 8
  %218 = load <8 x float>, ptr %4, align 32
  store <8 x float> %218, ptr %217, align 4
  %219 = getelementptr float, ptr %168, i64 0
  %220 = load <8 x float>, ptr %3, align 32
  store <8 x float> %220, ptr %219, align 4
  %221 = getelementptr float, ptr %168, i64 8
  %222 = load <8 x float>, ptr %2, align 32
  store <8 x float> %222, ptr %221, align 4
  %223 = add i64 %i48, 6
  br label %loop45

then:                                             ; preds = %body50
  %224 = load float, ptr %180, align 4
  %225 = load float, ptr %181, align 4
  %226 = load float, ptr %182, align 4
  %227 = load float, ptr %183, align 4
  %228 = load float, ptr %184, align 4
  %229 = load float, ptr %185, align 4
  %230 = add i64 %i44, 0
  %231 = mul i64 %i52, 256
  %232 = add i64 %231, %230
  %233 = getelementptr float, ptr %73, i64 %232
  %234 = load <8 x float>, ptr %233, align 4
  %235 = add i64 %i44, 8
  %236 = mul i64 %i52, 256
  %237 = add i64 %236, %235
  %238 = getelementptr float, ptr %73, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = insertelement <8 x float> undef, float %224, i32 0
  %241 = shufflevector <8 x float> %240, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, ptr %13, align 32
  %243 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %241, <8 x float> %234, <8 x float> %242)
  store <8 x float> %243, ptr %13, align 32
  %244 = load <8 x float>, ptr %12, align 32
  %245 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %241, <8 x float> %239, <8 x float> %244)
  store <8 x float> %245, ptr %12, align 32
  %246 = insertelement <8 x float> undef, float %225, i32 0
  %247 = shufflevector <8 x float> %246, <8 x float> undef, <8 x i32> zeroinitializer
  %248 = load <8 x float>, ptr %11, align 32
  %249 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %247, <8 x float> %234, <8 x float> %248)
  store <8 x float> %249, ptr %11, align 32
  %250 = load <8 x float>, ptr %10, align 32
  %251 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %247, <8 x float> %239, <8 x float> %250)
  store <8 x float> %251, ptr %10, align 32
  %252 = insertelement <8 x float> undef, float %226, i32 0
  %253 = shufflevector <8 x float> %252, <8 x float> undef, <8 x i32> zeroinitializer
  %254 = load <8 x float>, ptr %9, align 32
  %255 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %253, <8 x float> %234, <8 x float> %254)
  store <8 x float> %255, ptr %9, align 32
  %256 = load <8 x float>, ptr %8, align 32
  %257 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %253, <8 x float> %239, <8 x float> %256)
  store <8 x float> %257, ptr %8, align 32
  %258 = insertelement <8 x float> undef, float %227, i32 0
  %259 = shufflevector <8 x float> %258, <8 x float> undef, <8 x i32> zeroinitializer
  %260 = load <8 x float>, ptr %7, align 32
  %261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %259, <8 x float> %234, <8 x float> %260)
  store <8 x float> %261, ptr %7, align 32
  %262 = load <8 x float>, ptr %6, align 32
  %263 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %259, <8 x float> %239, <8 x float> %262)
  store <8 x float> %263, ptr %6, align 32
  %264 = insertelement <8 x float> undef, float %228, i32 0
  %265 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, ptr %5, align 32
  %267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %265, <8 x float> %234, <8 x float> %266)
  store <8 x float> %267, ptr %5, align 32
  %268 = load <8 x float>, ptr %4, align 32
  %269 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %265, <8 x float> %239, <8 x float> %268)
  store <8 x float> %269, ptr %4, align 32
  %270 = insertelement <8 x float> undef, float %229, i32 0
  %271 = shufflevector <8 x float> %270, <8 x float> undef, <8 x i32> zeroinitializer
  %272 = load <8 x float>, ptr %3, align 32
  %273 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %271, <8 x float> %234, <8 x float> %272)
  store <8 x float> %273, ptr %3, align 32
  %274 = load <8 x float>, ptr %2, align 32
  %275 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %271, <8 x float> %239, <8 x float> %274)
  store <8 x float> %275, ptr %2, align 32
  br label %join

join:                                             ; preds = %then, %body50
  %276 = add i64 %i52, 1
  br label %loop49

loop53:                                           ; preds = %done59, %done43
  %i56 = phi i64 [ 0, %done43 ], [ %296, %done59 ]
  %277 = icmp slt i64 %i56, 256
  br i1 %277, label %body54, label %done55

body54:                                           ; preds = %loop53
  br label %loop57

done55:                                           ; preds = %loop53
  %278 = add i64 %i40, 1
  br label %loop37

loop57:                                           ; preds = %done63, %body54
  %i60 = phi i64 [ %78, %body54 ], [ %306, %done63 ]
  %279 = icmp slt i64 %i60, %b1
  br i1 %279, label %body58, label %done59

body58:                                           ; preds = %loop57
  %280 = mul i64 %i40, 256
  %281 = add i64 %280, %i56
  %282 = add i64 %i60, 0
  %283 = mul i64 %282, 1808
  %284 = add i64 %283, 1024
  %285 = getelementptr float, ptr %dacts, i64 %284
  %286 = getelementptr float, ptr %285, i64 %281
  %287 = add i64 %i60, 0
  %288 = mul i64 %287, 1808
  %289 = add i64 %288, 1280
  %290 = getelementptr float, ptr %dacts, i64 %289
  %291 = getelementptr float, ptr %290, i64 %74
  %292 = getelementptr float, ptr %286, i64 0
  %293 = load <8 x float>, ptr %292, align 4
  store <8 x float> %293, ptr %1, align 32
  %294 = getelementptr float, ptr %286, i64 8
  %295 = load <8 x float>, ptr %294, align 4
  store <8 x float> %295, ptr %0, align 32
  br label %loop61

done59:                                           ; preds = %loop57
  %296 = add i64 %i56, 16
  br label %loop53

loop61:                                           ; preds = %join66, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %324, %join66 ]
  %297 = icmp slt i64 %i64, 256
  br i1 %297, label %body62, label %done63

body62:                                           ; preds = %loop61
  %298 = getelementptr float, ptr %291, i64 %i64
  %299 = load i32, ptr %298, align 4
  %300 = shl i32 %299, 1
  %301 = icmp ne i32 %300, 0
  br i1 %301, label %then65, label %join66

done63:                                           ; preds = %loop61
  %302 = getelementptr float, ptr %286, i64 0
  %303 = load <8 x float>, ptr %1, align 32
  store <8 x float> %303, ptr %302, align 4
  %304 = getelementptr float, ptr %286, i64 8
  %305 = load <8 x float>, ptr %0, align 32
  store <8 x float> %305, ptr %304, align 4
  %306 = add i64 %i60, 1
  br label %loop57

then65:                                           ; preds = %body62
  %307 = load float, ptr %298, align 4
  %308 = add i64 %i56, 0
  %309 = mul i64 %i64, 256
  %310 = add i64 %309, %308
  %311 = getelementptr float, ptr %73, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = add i64 %i56, 8
  %314 = mul i64 %i64, 256
  %315 = add i64 %314, %313
  %316 = getelementptr float, ptr %73, i64 %315
  %317 = load <8 x float>, ptr %316, align 4
  %318 = insertelement <8 x float> undef, float %307, i32 0
  %319 = shufflevector <8 x float> %318, <8 x float> undef, <8 x i32> zeroinitializer
  %320 = load <8 x float>, ptr %1, align 32
  %321 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %319, <8 x float> %312, <8 x float> %320)
  store <8 x float> %321, ptr %1, align 32
  %322 = load <8 x float>, ptr %0, align 32
  %323 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %319, <8 x float> %317, <8 x float> %322)
  store <8 x float> %323, ptr %0, align 32
  br label %join66

join66:                                           ; preds = %then65, %body62
  %324 = add i64 %i64, 1
  br label %loop61

loop67:                                           ; preds = %done73, %done35
  %i70 = phi i64 [ %b0, %done35 ], [ %346, %done73 ]
  %325 = icmp slt i64 %i70, %b1
  br i1 %325, label %body68, label %done69

body68:                                           ; preds = %loop67
  %326 = mul i64 %i70, 1808
  %327 = add i64 %326, 768
  %328 = getelementptr float, ptr %dacts, i64 %327
  br label %loop71

done69:                                           ; preds = %loop67
  %329 = getelementptr float, ptr %params, i64 131072
  %330 = load float, ptr %329, align 4
  %331 = fcmp ogt float %330, 0.000000e+00
  %332 = fneg float %330
  %333 = select i1 %331, float %332, float %330
  %334 = call float @llvm.exp.f32(float %333)
  %335 = fmul float 3.000000e+00, %334
  %336 = fadd float 1.000000e+00, %335
  %337 = fsub float 1.000000e+00, %334
  %338 = fdiv float %337, %336
  %339 = fadd float %334, 3.000000e+00
  %340 = fsub float %334, 1.000000e+00
  %341 = fdiv float %340, %339
  %342 = select i1 %331, float %338, float %341
  br label %loop75

loop71:                                           ; preds = %body72, %body68
  %i74 = phi i64 [ 0, %body68 ], [ %345, %body72 ]
  %343 = icmp slt i64 %i74, 256
  br i1 %343, label %body72, label %done73

body72:                                           ; preds = %loop71
  %344 = getelementptr float, ptr %328, i64 %i74
  store <8 x float> zeroinitializer, ptr %344, align 4
  %345 = add i64 %i74, 8
  br label %loop71

done73:                                           ; preds = %loop71
  %346 = add i64 %i70, 1
  br label %loop67

loop75:                                           ; preds = %done81, %done69
  %i78 = phi i64 [ %b0, %done69 ], [ %349, %done81 ]
  %347 = icmp slt i64 %i78, %b1
  br i1 %347, label %body76, label %done77

body76:                                           ; preds = %loop75
  br label %loop79

done77:                                           ; preds = %loop75
  br label %loop91

loop79:                                           ; preds = %done85, %body76
  %i82 = phi i64 [ 0, %body76 ], [ %364, %done85 ]
  %348 = icmp slt i64 %i82, 1
  br i1 %348, label %body80, label %done81

body80:                                           ; preds = %loop79
  br label %loop83

done81:                                           ; preds = %loop79
  %349 = add i64 %i78, 1
  br label %loop75

loop83:                                           ; preds = %done89, %body80
  %i86 = phi i64 [ 0, %body80 ], [ %385, %done89 ]
  %350 = icmp slt i64 %i86, 4
  br i1 %350, label %body84, label %done85

body84:                                           ; preds = %loop83
  %351 = mul i64 %i82, 256
  %352 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i86
  %353 = load i32, ptr %352, align 4
  %354 = sext i32 %353 to i64
  %355 = mul i64 %354, 64
  %356 = add i64 %351, %355
  %357 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i86
  %358 = load i32, ptr %357, align 4
  %359 = sext i32 %358 to i64
  %360 = mul i64 %359, 64
  %361 = add i64 %351, %360
  %362 = mul i64 %i86, 64
  %363 = add i64 %351, %362
  br label %loop87

done85:                                           ; preds = %loop83
  %364 = add i64 %i82, 1
  br label %loop79

loop87:                                           ; preds = %body88, %body84
  %i90 = phi i64 [ 0, %body84 ], [ %384, %body88 ]
  %365 = icmp slt i64 %i90, 64
  br i1 %365, label %body88, label %done89

body88:                                           ; preds = %loop87
  %366 = add i64 %361, %i90
  %367 = add i64 %356, %i90
  %368 = add i64 %363, %i90
  %369 = mul i64 %i78, 1808
  %370 = add i64 %369, 768
  %371 = getelementptr float, ptr %dacts, i64 %370
  %372 = mul i64 %i78, 1808
  %373 = add i64 %372, 1024
  %374 = getelementptr float, ptr %dacts, i64 %373
  %375 = getelementptr float, ptr %374, i64 %368
  %376 = load float, ptr %375, align 4
  %377 = fmul float %342, %376
  %378 = getelementptr float, ptr %371, i64 %367
  %379 = getelementptr float, ptr %371, i64 %366
  %380 = load float, ptr %378, align 4
  %381 = fadd float %380, %377
  store float %381, ptr %378, align 4
  %382 = load float, ptr %379, align 4
  %383 = fsub float %382, %377
  store float %383, ptr %379, align 4
  %384 = add i64 %i90, 1
  br label %loop87

done89:                                           ; preds = %loop87
  %385 = add i64 %i86, 1
  br label %loop83

loop91:                                           ; preds = %done97, %done77
  %i94 = phi i64 [ %b0, %done77 ], [ %409, %done97 ]
  %386 = icmp slt i64 %i94, %b1
  br i1 %386, label %body92, label %done93

body92:                                           ; preds = %loop91
  %387 = mul i64 %i94, 1808
  %388 = add i64 %387, 512
  %389 = getelementptr float, ptr %acts, i64 %388
  %390 = mul i64 %i94, 1808
  %391 = add i64 %390, 512
  %392 = getelementptr float, ptr %dacts, i64 %391
  %393 = mul i64 %i94, 1808
  %394 = add i64 %393, 768
  %395 = getelementptr float, ptr %dacts, i64 %394
  br label %loop95

done93:                                           ; preds = %loop91
  br label %loop99

loop95:                                           ; preds = %body96, %body92
  %i98 = phi i64 [ 0, %body92 ], [ %408, %body96 ]
  %396 = icmp slt i64 %i98, 256
  br i1 %396, label %body96, label %done97

body96:                                           ; preds = %loop95
  %397 = getelementptr float, ptr %389, i64 %i98
  %398 = load float, ptr %397, align 4
  %399 = fcmp ole float %398, 1.000000e+00
  %400 = fcmp oge float %398, -1.000000e+00
  %401 = and i1 %400, %399
  %402 = icmp slt i64 %i98, 256
  %403 = and i1 %401, %402
  %404 = getelementptr float, ptr %392, i64 %i98
  %405 = getelementptr float, ptr %395, i64 %i98
  %406 = load float, ptr %405, align 4
  %407 = select i1 %403, float %406, float 0.000000e+00
  store float %407, ptr %404, align 4
  %408 = add i64 %i98, 1
  br label %loop95

done97:                                           ; preds = %loop95
  %409 = add i64 %i94, 1
  br label %loop91

loop99:                                           ; preds = %done105, %done93
  %i102 = phi i64 [ %b0, %done93 ], [ %418, %done105 ]
  %410 = icmp slt i64 %i102, %b1
  br i1 %410, label %body100, label %done101

body100:                                          ; preds = %loop99
  %411 = mul i64 %i102, 1808
  %412 = add i64 %411, 512
  %413 = getelementptr float, ptr %dacts, i64 %412
  %414 = mul i64 %i102, 1808
  %415 = add i64 %414, 256
  %416 = getelementptr float, ptr %dacts, i64 %415
  br label %loop103

done101:                                          ; preds = %loop99
  ret void

loop103:                                          ; preds = %done109, %body100
  %i106 = phi i64 [ 0, %body100 ], [ %430, %done109 ]
  %417 = icmp slt i64 %i106, 1
  br i1 %417, label %body104, label %done105

body104:                                          ; preds = %loop103
  br label %loop107

done105:                                          ; preds = %loop103
  %418 = add i64 %i102, 1
  br label %loop99

loop107:                                          ; preds = %done113, %body104
  %i110 = phi i64 [ 0, %body104 ], [ %438, %done113 ]
  %419 = icmp slt i64 %i110, 256
  br i1 %419, label %body108, label %done109

body108:                                          ; preds = %loop107
  %420 = mul i64 %i106, 256
  %421 = add i64 %420, %i110
  %422 = add i64 0, %421
  %423 = getelementptr float, ptr %gains, i64 %422
  %424 = load float, ptr %423, align 4
  %425 = getelementptr float, ptr %413, i64 %421
  %426 = load float, ptr %425, align 4
  %427 = fmul float %426, %424
  %428 = icmp slt i64 %421, 256
  %429 = select i1 %428, float %427, float 0.000000e+00
  br label %loop111

done109:                                          ; preds = %loop107
  %430 = add i64 %i106, 1
  br label %loop103

loop111:                                          ; preds = %body112, %body108
  %i114 = phi i64 [ 0, %body108 ], [ %437, %body112 ]
  %431 = icmp slt i64 %i114, 1
  br i1 %431, label %body112, label %done113

body112:                                          ; preds = %loop111
  %432 = mul i64 %i106, 1
  %433 = add i64 %432, %i114
  %434 = mul i64 %433, 256
  %435 = add i64 %434, %i110
  %436 = getelementptr float, ptr %416, i64 %435
  store float %429, ptr %436, align 4
  %437 = add i64 %i114, 1
  br label %loop111

done113:                                          ; preds = %loop111
  %438 = add i64 %i110, 1
  br label %loop107
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca float, align 4
  %32 = alloca float, align 4
  %33 = icmp sgt i64 %u0, 0
  %34 = select i1 %33, i64 %u0, i64 0
  %35 = icmp slt i64 %u1, 256
  %36 = select i1 %35, i64 %u1, i64 256
  %37 = icmp slt i64 %36, %34
  %38 = select i1 %37, i64 %34, i64 %36
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %34, %entry ], [ %82, %done11 ]
  %39 = icmp slt i64 %i, %38
  br i1 %39, label %body, label %done

body:                                             ; preds = %loop
  %40 = sub i64 %i, 0
  %41 = sdiv i64 %40, 256
  %42 = srem i64 %40, 256
  %43 = icmp slt i64 %40, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop1

done:                                             ; preds = %loop
  %44 = sub i64 %38, %34
  %45 = sdiv i64 %44, 6
  %46 = mul i64 %45, 6
  %47 = add i64 %34, %46
  %48 = getelementptr float, ptr %grads, i64 0
  br label %loop13

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %74, %done7 ]
  %49 = icmp slt i64 %i4, %batch
  br i1 %49, label %body2, label %done3

body2:                                            ; preds = %loop1
  %50 = mul i64 %i4, 1808
  %51 = add i64 %50, 256
  %52 = getelementptr float, ptr %acts, i64 %51
  store float 0.000000e+00, ptr %31, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %53 = load float, ptr %32, align 4
  %54 = select i1 %43, float %53, float 0.000000e+00
  %55 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %65, %body6 ]
  %56 = icmp slt i64 %i8, 1
  br i1 %56, label %body6, label %done7

body6:                                            ; preds = %loop5
  %57 = mul i64 %41, 1
  %58 = add i64 %57, %i8
  %59 = mul i64 %58, 256
  %60 = add i64 %59, %42
  %61 = getelementptr float, ptr %52, i64 %60
  %62 = load float, ptr %61, align 4
  %63 = load float, ptr %31, align 4
  %64 = fadd float %63, %62
  store float %64, ptr %31, align 4
  %65 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %66 = mul i64 %i4, 1808
  %67 = add i64 %66, 512
  %68 = getelementptr float, ptr %dacts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %40
  %70 = load float, ptr %69, align 4
  %71 = load float, ptr %32, align 4
  %72 = load float, ptr %31, align 4
  %73 = call float @llvm.fmuladd.f32(float %70, float %72, float %71)
  store float %73, ptr %32, align 4
  %74 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %81, %body10 ]
  %75 = icmp slt i64 %i12, 256
  br i1 %75, label %body10, label %done11

body10:                                           ; preds = %loop9
  %76 = mul i64 %41, 256
  %77 = add i64 %76, %i12
  %78 = mul i64 %77, 256
  %79 = add i64 %78, %42
  %80 = getelementptr float, ptr %55, i64 %79
  store float %54, ptr %80, align 4
  %81 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %82 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ 0, %done ], [ %86, %done19 ]
  %83 = icmp slt i64 %i16, 1
  br i1 %83, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %84 = getelementptr float, ptr %grads, i64 0
  br label %loop29

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %179, %done23 ]
  %85 = icmp slt i64 %i20, 256
  br i1 %85, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %86 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ %34, %body18 ], [ %251, %done27 ]
  %87 = icmp slt i64 %i24, %47
  br i1 %87, label %body22, label %done23

body22:                                           ; preds = %loop21
  %88 = sub i64 %i24, 0
  %89 = add i64 %88, 0
  %90 = sdiv i64 %89, 256
  %91 = srem i64 %89, 256
  %92 = icmp slt i64 %89, 256
  %93 = add i64 0, %89
  %94 = getelementptr float, ptr %gains, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = select i1 %92, float %95, float 0.000000e+00
  %97 = mul i64 %90, 1
  %98 = add i64 %97, %i16
  %99 = mul i64 %98, 256
  %100 = add i64 %99, %91
  %101 = mul i64 %100, 256
  %102 = add i64 %101, %i20
  %103 = getelementptr float, ptr %48, i64 %102
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %104 = add i64 %88, 1
  %105 = sdiv i64 %104, 256
  %106 = srem i64 %104, 256
  %107 = icmp slt i64 %104, 256
  %108 = add i64 0, %104
  %109 = getelementptr float, ptr %gains, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = select i1 %107, float %110, float 0.000000e+00
  %112 = mul i64 %105, 1
  %113 = add i64 %112, %i16
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %106
  %116 = mul i64 %115, 256
  %117 = add i64 %116, %i20
  %118 = getelementptr float, ptr %48, i64 %117
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  %119 = add i64 %88, 2
  %120 = sdiv i64 %119, 256
  %121 = srem i64 %119, 256
  %122 = icmp slt i64 %119, 256
  %123 = add i64 0, %119
  %124 = getelementptr float, ptr %gains, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = select i1 %122, float %125, float 0.000000e+00
  %127 = mul i64 %120, 1
  %128 = add i64 %127, %i16
  %129 = mul i64 %128, 256
  %130 = add i64 %129, %121
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i20
  %133 = getelementptr float, ptr %48, i64 %132
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %134 = add i64 %88, 3
  %135 = sdiv i64 %134, 256
  %136 = srem i64 %134, 256
  %137 = icmp slt i64 %134, 256
  %138 = add i64 0, %134
  %139 = getelementptr float, ptr %gains, i64 %138
  %140 = load float, ptr %139, align 4
  %141 = select i1 %137, float %140, float 0.000000e+00
  %142 = mul i64 %135, 1
  %143 = add i64 %142, %i16
  %144 = mul i64 %143, 256
  %145 = add i64 %144, %136
  %146 = mul i64 %145, 256
  %147 = add i64 %146, %i20
  %148 = getelementptr float, ptr %48, i64 %147
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  %149 = add i64 %88, 4
  %150 = sdiv i64 %149, 256
  %151 = srem i64 %149, 256
  %152 = icmp slt i64 %149, 256
  %153 = add i64 0, %149
  %154 = getelementptr float, ptr %gains, i64 %153
  %155 = load float, ptr %154, align 4
  %156 = select i1 %152, float %155, float 0.000000e+00
  %157 = mul i64 %150, 1
  %158 = add i64 %157, %i16
  %159 = mul i64 %158, 256
  %160 = add i64 %159, %151
  %161 = mul i64 %160, 256
  %162 = add i64 %161, %i20
  %163 = getelementptr float, ptr %48, i64 %162
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  %164 = add i64 %88, 5
  %165 = sdiv i64 %164, 256
  %166 = srem i64 %164, 256
  %167 = icmp slt i64 %164, 256
  %168 = add i64 0, %164
  %169 = getelementptr float, ptr %gains, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = select i1 %167, float %170, float 0.000000e+00
  %172 = mul i64 %165, 1
  %173 = add i64 %172, %i16
  %174 = mul i64 %173, 256
  %175 = add i64 %174, %166
  %176 = mul i64 %175, 256
  %177 = add i64 %176, %i20
  %178 = getelementptr float, ptr %48, i64 %177
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %179 = add i64 %i20, 16
  br label %loop17

loop25:                                           ; preds = %join, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %304, %join ]
  %180 = icmp slt i64 %i28, %batch
  br i1 %180, label %body26, label %done27

body26:                                           ; preds = %loop25
  %181 = mul i64 %i28, 1808
  %182 = add i64 %181, 512
  %183 = getelementptr float, ptr %dacts, i64 %182
  %184 = getelementptr float, ptr %183, i64 %89
  %185 = getelementptr float, ptr %183, i64 %104
  %186 = getelementptr float, ptr %183, i64 %119
  %187 = getelementptr float, ptr %183, i64 %134
  %188 = getelementptr float, ptr %183, i64 %149
  %189 = getelementptr float, ptr %183, i64 %164
  %190 = load i32, ptr %184, align 4
  %191 = load i32, ptr %185, align 4
  %192 = or i32 %190, %191
  %193 = load i32, ptr %186, align 4
  %194 = or i32 %192, %193
  %195 = load i32, ptr %187, align 4
  %196 = or i32 %194, %195
  %197 = load i32, ptr %188, align 4
  %198 = or i32 %196, %197
  %199 = load i32, ptr %189, align 4
  %200 = or i32 %198, %199
  %201 = shl i32 %200, 1
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %then, label %join

done27:                                           ; preds = %loop25
  %203 = insertelement <8 x float> undef, float %96, i32 0
  %204 = shufflevector <8 x float> %203, <8 x float> undef, <8 x i32> zeroinitializer
  %205 = getelementptr float, ptr %103, i64 0
  %206 = load <8 x float>, ptr %30, align 32
  %207 = fmul <8 x float> %206, %204
  store <8 x float> %207, ptr %205, align 4
  %208 = getelementptr float, ptr %103, i64 8
  %209 = load <8 x float>, ptr %29, align 32
  %210 = fmul <8 x float> %209, %204
  store <8 x float> %210, ptr %208, align 4
  %211 = insertelement <8 x float> undef, float %111, i32 0
  %212 = shufflevector <8 x float> %211, <8 x float> undef, <8 x i32> zeroinitializer
  %213 = getelementptr float, ptr %118, i64 0
  %214 = load <8 x float>, ptr %28, align 32
  %215 = fmul <8 x float> %214, %212
  store <8 x float> %215, ptr %213, align 4
  %216 = getelementptr float, ptr %118, i64 8
  %217 = load <8 x float>, ptr %27, align 32
  %218 = fmul <8 x float> %217, %212
  store <8 x float> %218, ptr %216, align 4
  %219 = insertelement <8 x float> undef, float %126, i32 0
  %220 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %221 = getelementptr float, ptr %133, i64 0
  %222 = load <8 x float>, ptr %26, align 32
  %223 = fmul <8 x float> %222, %220
  store <8 x float> %223, ptr %221, align 4
  %224 = getelementptr float, ptr %133, i64 8
  %225 = load <8 x float>, ptr %25, align 32
  %226 = fmul <8 x float> %225, %220
  store <8 x float> %226, ptr %224, align 4
  %227 = insertelement <8 x float> undef, float %141, i32 0
  %228 = shufflevector <8 x float> %227, <8 x float> undef, <8 x i32> zeroinitializer
  %229 = getelementptr float, ptr %148, i64 0
  %230 = load <8 x float>, ptr %24, align 32
  %231 = fmul <8 x float> %230, %228
  store <8 x float> %231, ptr %229, align 4
  %232 = getelementptr float, ptr %148, i64 8
  %233 = load <8 x float>, ptr %23, align 32
  %234 = fmul <8 x float> %233, %228
  store <8 x float> %234, ptr %232, align 4
  %235 = insertelement <8 x float> undef, float %156, i32 0
  %236 = shufflevector <8 x float> %235, <8 x float> undef, <8 x i32> zeroinitializer
  %237 = getelementptr float, ptr %163, i64 0
  %238 = load <8 x float>, ptr %22, align 32
  %239 = fmul <8 x float> %238, %236
  store <8 x float> %239, ptr %237, align 4
  %240 = getelementptr float, ptr %163, i64 8
  %241 = load <8 x float>, ptr %21, align 32
  %242 = fmul <8 x float> %241, %236
  store <8 x float> %242, ptr %240, align 4
  %243 = insertelement <8 x float> undef, float %171, i32 0
  %244 = shufflevector <8 x float> %243, <8 x float> undef, <8 x i32> zeroinitializer
  %245 = getelementptr float, ptr %178, i64 0
  %246 = load <8 x float>, ptr %20, align 32
  %247 = fmul <8 x float> %246, %244
  store <8 x float> %247, ptr %245, align 4
  %248 = getelementptr float, ptr %178, i64 8
  %249 = load <8 x float>, ptr %19, align 32
  %250 = fmul <8 x float> %249, %244
  store <8 x float> %250, ptr %248, align 4
  %251 = add i64 %i24, 6
  br label %loop21

then:                                             ; preds = %body26
  %252 = load float, ptr %184, align 4
  %253 = load float, ptr %185, align 4
  %254 = load float, ptr %186, align 4
  %255 = load float, ptr %187, align 4
  %256 = load float, ptr %188, align 4
  %257 = load float, ptr %189, align 4
  %258 = mul i64 %i16, 256
  %259 = add i64 %258, %i20
  %260 = mul i64 %i28, 1808
  %261 = add i64 %260, 0
  %262 = getelementptr float, ptr %acts, i64 %261
  %263 = getelementptr float, ptr %262, i64 %259
  %264 = getelementptr float, ptr %263, i64 0
  %265 = load <8 x float>, ptr %264, align 4
  %266 = getelementptr float, ptr %263, i64 8
  %267 = load <8 x float>, ptr %266, align 4
  %268 = insertelement <8 x float> undef, float %252, i32 0
  %269 = shufflevector <8 x float> %268, <8 x float> undef, <8 x i32> zeroinitializer
  %270 = load <8 x float>, ptr %30, align 32
  %271 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %269, <8 x float> %265, <8 x float> %270)
  store <8 x float> %271, ptr %30, align 32
  %272 = load <8 x float>, ptr %29, align 32
  %273 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %269, <8 x float> %267, <8 x float> %272)
  store <8 x float> %273, ptr %29, align 32
  %274 = insertelement <8 x float> undef, float %253, i32 0
  %275 = shufflevector <8 x float> %274, <8 x float> undef, <8 x i32> zeroinitializer
  %276 = load <8 x float>, ptr %28, align 32
  %277 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %265, <8 x float> %276)
  store <8 x float> %277, ptr %28, align 32
  %278 = load <8 x float>, ptr %27, align 32
  %279 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %267, <8 x float> %278)
  store <8 x float> %279, ptr %27, align 32
  %280 = insertelement <8 x float> undef, float %254, i32 0
  %281 = shufflevector <8 x float> %280, <8 x float> undef, <8 x i32> zeroinitializer
  %282 = load <8 x float>, ptr %26, align 32
  %283 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %281, <8 x float> %265, <8 x float> %282)
  store <8 x float> %283, ptr %26, align 32
  %284 = load <8 x float>, ptr %25, align 32
  %285 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %281, <8 x float> %267, <8 x float> %284)
  store <8 x float> %285, ptr %25, align 32
  %286 = insertelement <8 x float> undef, float %255, i32 0
  %287 = shufflevector <8 x float> %286, <8 x float> undef, <8 x i32> zeroinitializer
  %288 = load <8 x float>, ptr %24, align 32
  %289 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %287, <8 x float> %265, <8 x float> %288)
  store <8 x float> %289, ptr %24, align 32
  %290 = load <8 x float>, ptr %23, align 32
  %291 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %287, <8 x float> %267, <8 x float> %290)
  store <8 x float> %291, ptr %23, align 32
  %292 = insertelement <8 x float> undef, float %256, i32 0
  %293 = shufflevector <8 x float> %292, <8 x float> undef, <8 x i32> zeroinitializer
  %294 = load <8 x float>, ptr %22, align 32
  %295 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %293, <8 x float> %265, <8 x float> %294)
  store <8 x float> %295, ptr %22, align 32
  %296 = load <8 x float>, ptr %21, align 32
  %297 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %293, <8 x float> %267, <8 x float> %296)
  store <8 x float> %297, ptr %21, align 32
  %298 = insertelement <8 x float> undef, float %257, i32 0
  %299 = shufflevector <8 x float> %298, <8 x float> undef, <8 x i32> zeroinitializer
  %300 = load <8 x float>, ptr %20, align 32
  %301 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %299, <8 x float> %265, <8 x float> %300)
  store <8 x float> %301, ptr %20, align 32
  %302 = load <8 x float>, ptr %19, align 32
  %303 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %299, <8 x float> %267, <8 x float> %302)
  store <8 x float> %303, ptr %19, align 32
  br label %join

join:                                             ; preds = %then, %body26
  %304 = add i64 %i28, 1
  br label %loop25

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ 0, %done15 ], [ %313, %done35 ]
  %305 = icmp slt i64 %i32, 1
  br i1 %305, label %body30, label %done31

body30:                                           ; preds = %loop29
  br label %loop33

done31:                                           ; preds = %loop29
  %306 = icmp sgt i64 %u0, 256
  %307 = select i1 %306, i64 %u0, i64 256
  %308 = icmp slt i64 %u1, 512
  %309 = select i1 %308, i64 %u1, i64 512
  %310 = icmp slt i64 %309, %307
  %311 = select i1 %310, i64 %307, i64 %309
  br label %loop47

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %331, %done39 ]
  %312 = icmp slt i64 %i36, 256
  br i1 %312, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %313 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ %47, %body34 ], [ %348, %done43 ]
  %314 = icmp slt i64 %i40, %38
  br i1 %314, label %body38, label %done39

body38:                                           ; preds = %loop37
  %315 = sub i64 %i40, 0
  %316 = add i64 %315, 0
  %317 = sdiv i64 %316, 256
  %318 = srem i64 %316, 256
  %319 = icmp slt i64 %316, 256
  %320 = add i64 0, %316
  %321 = getelementptr float, ptr %gains, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = select i1 %319, float %322, float 0.000000e+00
  %324 = mul i64 %317, 1
  %325 = add i64 %324, %i32
  %326 = mul i64 %325, 256
  %327 = add i64 %326, %318
  %328 = mul i64 %327, 256
  %329 = add i64 %328, %i36
  %330 = getelementptr float, ptr %84, i64 %329
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop41

done39:                                           ; preds = %loop37
  %331 = add i64 %i36, 16
  br label %loop33

loop41:                                           ; preds = %join46, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %366, %join46 ]
  %332 = icmp slt i64 %i44, %batch
  br i1 %332, label %body42, label %done43

body42:                                           ; preds = %loop41
  %333 = mul i64 %i44, 1808
  %334 = add i64 %333, 512
  %335 = getelementptr float, ptr %dacts, i64 %334
  %336 = getelementptr float, ptr %335, i64 %316
  %337 = load i32, ptr %336, align 4
  %338 = shl i32 %337, 1
  %339 = icmp ne i32 %338, 0
  br i1 %339, label %then45, label %join46

done43:                                           ; preds = %loop41
  %340 = insertelement <8 x float> undef, float %323, i32 0
  %341 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = getelementptr float, ptr %330, i64 0
  %343 = load <8 x float>, ptr %18, align 32
  %344 = fmul <8 x float> %343, %341
  store <8 x float> %344, ptr %342, align 4
  %345 = getelementptr float, ptr %330, i64 8
  %346 = load <8 x float>, ptr %17, align 32
  %347 = fmul <8 x float> %346, %341
  store <8 x float> %347, ptr %345, align 4
  %348 = add i64 %i40, 1
  br label %loop37

then45:                                           ; preds = %body42
  %349 = load float, ptr %336, align 4
  %350 = mul i64 %i32, 256
  %351 = add i64 %350, %i36
  %352 = mul i64 %i44, 1808
  %353 = add i64 %352, 0
  %354 = getelementptr float, ptr %acts, i64 %353
  %355 = getelementptr float, ptr %354, i64 %351
  %356 = getelementptr float, ptr %355, i64 0
  %357 = load <8 x float>, ptr %356, align 4
  %358 = getelementptr float, ptr %355, i64 8
  %359 = load <8 x float>, ptr %358, align 4
  %360 = insertelement <8 x float> undef, float %349, i32 0
  %361 = shufflevector <8 x float> %360, <8 x float> undef, <8 x i32> zeroinitializer
  %362 = load <8 x float>, ptr %18, align 32
  %363 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %361, <8 x float> %357, <8 x float> %362)
  store <8 x float> %363, ptr %18, align 32
  %364 = load <8 x float>, ptr %17, align 32
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %361, <8 x float> %359, <8 x float> %364)
  store <8 x float> %365, ptr %17, align 32
  br label %join46

join46:                                           ; preds = %then45, %body42
  %366 = add i64 %i44, 1
  br label %loop41

loop47:                                           ; preds = %done61, %done31
  %i50 = phi i64 [ %307, %done31 ], [ %410, %done61 ]
  %367 = icmp slt i64 %i50, %311
  br i1 %367, label %body48, label %done49

body48:                                           ; preds = %loop47
  %368 = sub i64 %i50, 256
  %369 = sdiv i64 %368, 256
  %370 = srem i64 %368, 256
  %371 = icmp slt i64 %368, 4
  store float 0.000000e+00, ptr %16, align 4
  br label %loop51

done49:                                           ; preds = %loop47
  %372 = sub i64 %311, %307
  %373 = sdiv i64 %372, 6
  %374 = mul i64 %373, 6
  %375 = add i64 %307, %374
  %376 = getelementptr float, ptr %grads, i64 131088
  br label %loop63

loop51:                                           ; preds = %done57, %body48
  %i54 = phi i64 [ 0, %body48 ], [ %402, %done57 ]
  %377 = icmp slt i64 %i54, %batch
  br i1 %377, label %body52, label %done53

body52:                                           ; preds = %loop51
  %378 = mul i64 %i54, 1808
  %379 = add i64 %378, 1280
  %380 = getelementptr float, ptr %acts, i64 %379
  store float 0.000000e+00, ptr %15, align 4
  br label %loop55

done53:                                           ; preds = %loop51
  %381 = load float, ptr %16, align 4
  %382 = select i1 %371, float %381, float 0.000000e+00
  %383 = getelementptr float, ptr %grads, i64 196624
  br label %loop59

loop55:                                           ; preds = %body56, %body52
  %i58 = phi i64 [ 0, %body52 ], [ %393, %body56 ]
  %384 = icmp slt i64 %i58, 1
  br i1 %384, label %body56, label %done57

body56:                                           ; preds = %loop55
  %385 = mul i64 %369, 1
  %386 = add i64 %385, %i58
  %387 = mul i64 %386, 256
  %388 = add i64 %387, %370
  %389 = getelementptr float, ptr %380, i64 %388
  %390 = load float, ptr %389, align 4
  %391 = load float, ptr %15, align 4
  %392 = fadd float %391, %390
  store float %392, ptr %15, align 4
  %393 = add i64 %i58, 1
  br label %loop55

done57:                                           ; preds = %loop55
  %394 = mul i64 %i54, 1808
  %395 = add i64 %394, 1536
  %396 = getelementptr float, ptr %dacts, i64 %395
  %397 = getelementptr float, ptr %396, i64 %368
  %398 = load float, ptr %397, align 4
  %399 = load float, ptr %16, align 4
  %400 = load float, ptr %15, align 4
  %401 = call float @llvm.fmuladd.f32(float %398, float %400, float %399)
  store float %401, ptr %16, align 4
  %402 = add i64 %i54, 1
  br label %loop51

loop59:                                           ; preds = %body60, %done53
  %i62 = phi i64 [ 0, %done53 ], [ %409, %body60 ]
  %403 = icmp slt i64 %i62, 256
  br i1 %403, label %body60, label %done61

body60:                                           ; preds = %loop59
  %404 = mul i64 %369, 256
  %405 = add i64 %404, %i62
  %406 = mul i64 %405, 256
  %407 = add i64 %406, %370
  %408 = getelementptr float, ptr %383, i64 %407
  store float %382, ptr %408, align 4
  %409 = add i64 %i62, 1
  br label %loop59

done61:                                           ; preds = %loop59
  %410 = add i64 %i50, 1
  br label %loop47

loop63:                                           ; preds = %done69, %done49
  %i66 = phi i64 [ 0, %done49 ], [ %414, %done69 ]
  %411 = icmp slt i64 %i66, 1
  br i1 %411, label %body64, label %done65

body64:                                           ; preds = %loop63
  br label %loop67

done65:                                           ; preds = %loop63
  %412 = getelementptr float, ptr %grads, i64 131088
  br label %loop81

loop67:                                           ; preds = %done73, %body64
  %i70 = phi i64 [ 0, %body64 ], [ %507, %done73 ]
  %413 = icmp slt i64 %i70, 256
  br i1 %413, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %414 = add i64 %i66, 1
  br label %loop63

loop71:                                           ; preds = %done77, %body68
  %i74 = phi i64 [ %307, %body68 ], [ %579, %done77 ]
  %415 = icmp slt i64 %i74, %375
  br i1 %415, label %body72, label %done73

body72:                                           ; preds = %loop71
  %416 = sub i64 %i74, 256
  %417 = add i64 %416, 0
  %418 = sdiv i64 %417, 256
  %419 = srem i64 %417, 256
  %420 = icmp slt i64 %417, 4
  %421 = add i64 256, %417
  %422 = getelementptr float, ptr %gains, i64 %421
  %423 = load float, ptr %422, align 4
  %424 = select i1 %420, float %423, float 0.000000e+00
  %425 = mul i64 %418, 1
  %426 = add i64 %425, %i66
  %427 = mul i64 %426, 256
  %428 = add i64 %427, %419
  %429 = mul i64 %428, 256
  %430 = add i64 %429, %i70
  %431 = getelementptr float, ptr %376, i64 %430
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %432 = add i64 %416, 1
  %433 = sdiv i64 %432, 256
  %434 = srem i64 %432, 256
  %435 = icmp slt i64 %432, 4
  %436 = add i64 256, %432
  %437 = getelementptr float, ptr %gains, i64 %436
  %438 = load float, ptr %437, align 4
  %439 = select i1 %435, float %438, float 0.000000e+00
  %440 = mul i64 %433, 1
  %441 = add i64 %440, %i66
  %442 = mul i64 %441, 256
  %443 = add i64 %442, %434
  %444 = mul i64 %443, 256
  %445 = add i64 %444, %i70
  %446 = getelementptr float, ptr %376, i64 %445
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %447 = add i64 %416, 2
  %448 = sdiv i64 %447, 256
  %449 = srem i64 %447, 256
  %450 = icmp slt i64 %447, 4
  %451 = add i64 256, %447
  %452 = getelementptr float, ptr %gains, i64 %451
  %453 = load float, ptr %452, align 4
  %454 = select i1 %450, float %453, float 0.000000e+00
  %455 = mul i64 %448, 1
  %456 = add i64 %455, %i66
  %457 = mul i64 %456, 256
  %458 = add i64 %457, %449
  %459 = mul i64 %458, 256
  %460 = add i64 %459, %i70
  %461 = getelementptr float, ptr %376, i64 %460
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %462 = add i64 %416, 3
  %463 = sdiv i64 %462, 256
  %464 = srem i64 %462, 256
  %465 = icmp slt i64 %462, 4
  %466 = add i64 256, %462
  %467 = getelementptr float, ptr %gains, i64 %466
  %468 = load float, ptr %467, align 4
  %469 = select i1 %465, float %468, float 0.000000e+00
  %470 = mul i64 %463, 1
  %471 = add i64 %470, %i66
  %472 = mul i64 %471, 256
  %473 = add i64 %472, %464
  %474 = mul i64 %473, 256
  %475 = add i64 %474, %i70
  %476 = getelementptr float, ptr %376, i64 %475
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %477 = add i64 %416, 4
  %478 = sdiv i64 %477, 256
  %479 = srem i64 %477, 256
  %480 = icmp slt i64 %477, 4
  %481 = add i64 256, %477
  %482 = getelementptr float, ptr %gains, i64 %481
  %483 = load float, ptr %482, align 4
  %484 = select i1 %480, float %483, float 0.000000e+00
  %485 = mul i64 %478, 1
  %486 = add i64 %485, %i66
  %487 = mul i64 %486, 256
  %488 = add i64 %487, %479
  %489 = mul i64 %488, 256
  %490 = add i64 %489, %i70
  %491 = getelementptr float, ptr %376, i64 %490
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %492 = add i64 %416, 5
  %493 = sdiv i64 %492, 256
  %494 = srem i64 %492, 256
  %495 = icmp slt i64 %492, 4
  %496 = add i64 256, %492
  %497 = getelementptr float, ptr %gains, i64 %496
  %498 = load float, ptr %497, align 4
  %499 = select i1 %495, float %498, float 0.000000e+00
  %500 = mul i64 %493, 1
  %501 = add i64 %500, %i66
  %502 = mul i64 %501, 256
  %503 = add i64 %502, %494
  %504 = mul i64 %503, 256
  %505 = add i64 %504, %i70
  %506 = getelementptr float, ptr %376, i64 %505
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop75

done73:                                           ; preds = %loop71
  %507 = add i64 %i70, 16
  br label %loop67

loop75:                                           ; preds = %join80, %body72
  %i78 = phi i64 [ 0, %body72 ], [ %632, %join80 ]
  %508 = icmp slt i64 %i78, %batch
  br i1 %508, label %body76, label %done77

body76:                                           ; preds = %loop75
  %509 = mul i64 %i78, 1808
  %510 = add i64 %509, 1536
  %511 = getelementptr float, ptr %dacts, i64 %510
  %512 = getelementptr float, ptr %511, i64 %417
  %513 = getelementptr float, ptr %511, i64 %432
  %514 = getelementptr float, ptr %511, i64 %447
  %515 = getelementptr float, ptr %511, i64 %462
  %516 = getelementptr float, ptr %511, i64 %477
  %517 = getelementptr float, ptr %511, i64 %492
  %518 = load i32, ptr %512, align 4
  %519 = load i32, ptr %513, align 4
  %520 = or i32 %518, %519
  %521 = load i32, ptr %514, align 4
  %522 = or i32 %520, %521
  %523 = load i32, ptr %515, align 4
  %524 = or i32 %522, %523
  %525 = load i32, ptr %516, align 4
  %526 = or i32 %524, %525
  %527 = load i32, ptr %517, align 4
  %528 = or i32 %526, %527
  %529 = shl i32 %528, 1
  %530 = icmp ne i32 %529, 0
  br i1 %530, label %then79, label %join80

done77:                                           ; preds = %loop75
  %531 = insertelement <8 x float> undef, float %424, i32 0
  %532 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = getelementptr float, ptr %431, i64 0
  %534 = load <8 x float>, ptr %14, align 32
  %535 = fmul <8 x float> %534, %532
  store <8 x float> %535, ptr %533, align 4
  %536 = getelementptr float, ptr %431, i64 8
  %537 = load <8 x float>, ptr %13, align 32
  %538 = fmul <8 x float> %537, %532
  store <8 x float> %538, ptr %536, align 4
  %539 = insertelement <8 x float> undef, float %439, i32 0
  %540 = shufflevector <8 x float> %539, <8 x float> undef, <8 x i32> zeroinitializer
  %541 = getelementptr float, ptr %446, i64 0
  %542 = load <8 x float>, ptr %12, align 32
  %543 = fmul <8 x float> %542, %540
  store <8 x float> %543, ptr %541, align 4
  %544 = getelementptr float, ptr %446, i64 8
  %545 = load <8 x float>, ptr %11, align 32
  %546 = fmul <8 x float> %545, %540
  store <8 x float> %546, ptr %544, align 4
  %547 = insertelement <8 x float> undef, float %454, i32 0
  %548 = shufflevector <8 x float> %547, <8 x float> undef, <8 x i32> zeroinitializer
  %549 = getelementptr float, ptr %461, i64 0
  %550 = load <8 x float>, ptr %10, align 32
  %551 = fmul <8 x float> %550, %548
  store <8 x float> %551, ptr %549, align 4
  %552 = getelementptr float, ptr %461, i64 8
  %553 = load <8 x float>, ptr %9, align 32
  %554 = fmul <8 x float> %553, %548
  store <8 x float> %554, ptr %552, align 4
  %555 = insertelement <8 x float> undef, float %469, i32 0
  %556 = shufflevector <8 x float> %555, <8 x float> undef, <8 x i32> zeroinitializer
  %557 = getelementptr float, ptr %476, i64 0
  %558 = load <8 x float>, ptr %8, align 32
  %559 = fmul <8 x float> %558, %556
  store <8 x float> %559, ptr %557, align 4
  %560 = getelementptr float, ptr %476, i64 8
  %561 = load <8 x float>, ptr %7, align 32
  %562 = fmul <8 x float> %561, %556
  store <8 x float> %562, ptr %560, align 4
  %563 = insertelement <8 x float> undef, float %484, i32 0
  %564 = shufflevector <8 x float> %563, <8 x float> undef, <8 x i32> zeroinitializer
  %565 = getelementptr float, ptr %491, i64 0
  %566 = load <8 x float>, ptr %6, align 32
  %567 = fmul <8 x float> %566, %564
  store <8 x float> %567, ptr %565, align 4
  %568 = getelementptr float, ptr %491, i64 8
  %569 = load <8 x float>, ptr %5, align 32
  %570 = fmul <8 x float> %569, %564
  store <8 x float> %570, ptr %568, align 4
  %571 = insertelement <8 x float> undef, float %499, i32 0
  %572 = shufflevector <8 x float> %571, <8 x float> undef, <8 x i32> zeroinitializer
  %573 = getelementptr float, ptr %506, i64 0
  %574 = load <8 x float>, ptr %4, align 32
  %575 = fmul <8 x float> %574, %572
  store <8 x float> %575, ptr %573, align 4
  %576 = getelementptr float, ptr %506, i64 8
  %577 = load <8 x float>, ptr %3, align 32
  %578 = fmul <8 x float> %577, %572
  store <8 x float> %578, ptr %576, align 4
  %579 = add i64 %i74, 6
  br label %loop71

then79:                                           ; preds = %body76
  %580 = load float, ptr %512, align 4
  %581 = load float, ptr %513, align 4
  %582 = load float, ptr %514, align 4
  %583 = load float, ptr %515, align 4
  %584 = load float, ptr %516, align 4
  %585 = load float, ptr %517, align 4
  %586 = mul i64 %i66, 256
  %587 = add i64 %586, %i70
  %588 = mul i64 %i78, 1808
  %589 = add i64 %588, 1024
  %590 = getelementptr float, ptr %acts, i64 %589
  %591 = getelementptr float, ptr %590, i64 %587
  %592 = getelementptr float, ptr %591, i64 0
  %593 = load <8 x float>, ptr %592, align 4
  %594 = getelementptr float, ptr %591, i64 8
  %595 = load <8 x float>, ptr %594, align 4
  %596 = insertelement <8 x float> undef, float %580, i32 0
  %597 = shufflevector <8 x float> %596, <8 x float> undef, <8 x i32> zeroinitializer
  %598 = load <8 x float>, ptr %14, align 32
  %599 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %597, <8 x float> %593, <8 x float> %598)
  store <8 x float> %599, ptr %14, align 32
  %600 = load <8 x float>, ptr %13, align 32
  %601 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %597, <8 x float> %595, <8 x float> %600)
  store <8 x float> %601, ptr %13, align 32
  %602 = insertelement <8 x float> undef, float %581, i32 0
  %603 = shufflevector <8 x float> %602, <8 x float> undef, <8 x i32> zeroinitializer
  %604 = load <8 x float>, ptr %12, align 32
  %605 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %593, <8 x float> %604)
  store <8 x float> %605, ptr %12, align 32
  %606 = load <8 x float>, ptr %11, align 32
  %607 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %603, <8 x float> %595, <8 x float> %606)
  store <8 x float> %607, ptr %11, align 32
  %608 = insertelement <8 x float> undef, float %582, i32 0
  %609 = shufflevector <8 x float> %608, <8 x float> undef, <8 x i32> zeroinitializer
  %610 = load <8 x float>, ptr %10, align 32
  %611 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %609, <8 x float> %593, <8 x float> %610)
  store <8 x float> %611, ptr %10, align 32
  %612 = load <8 x float>, ptr %9, align 32
  %613 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %609, <8 x float> %595, <8 x float> %612)
  store <8 x float> %613, ptr %9, align 32
  %614 = insertelement <8 x float> undef, float %583, i32 0
  %615 = shufflevector <8 x float> %614, <8 x float> undef, <8 x i32> zeroinitializer
  %616 = load <8 x float>, ptr %8, align 32
  %617 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %615, <8 x float> %593, <8 x float> %616)
  store <8 x float> %617, ptr %8, align 32
  %618 = load <8 x float>, ptr %7, align 32
  %619 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %615, <8 x float> %595, <8 x float> %618)
  store <8 x float> %619, ptr %7, align 32
  %620 = insertelement <8 x float> undef, float %584, i32 0
  %621 = shufflevector <8 x float> %620, <8 x float> undef, <8 x i32> zeroinitializer
  %622 = load <8 x float>, ptr %6, align 32
  %623 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %593, <8 x float> %622)
  store <8 x float> %623, ptr %6, align 32
  %624 = load <8 x float>, ptr %5, align 32
  %625 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %621, <8 x float> %595, <8 x float> %624)
  store <8 x float> %625, ptr %5, align 32
  %626 = insertelement <8 x float> undef, float %585, i32 0
  %627 = shufflevector <8 x float> %626, <8 x float> undef, <8 x i32> zeroinitializer
  %628 = load <8 x float>, ptr %4, align 32
  %629 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %627, <8 x float> %593, <8 x float> %628)
  store <8 x float> %629, ptr %4, align 32
  %630 = load <8 x float>, ptr %3, align 32
  %631 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %627, <8 x float> %595, <8 x float> %630)
  store <8 x float> %631, ptr %3, align 32
  br label %join80

join80:                                           ; preds = %then79, %body76
  %632 = add i64 %i78, 1
  br label %loop75

loop81:                                           ; preds = %done87, %done65
  %i84 = phi i64 [ 0, %done65 ], [ %638, %done87 ]
  %633 = icmp slt i64 %i84, 1
  br i1 %633, label %body82, label %done83

body82:                                           ; preds = %loop81
  br label %loop85

done83:                                           ; preds = %loop81
  %634 = icmp sgt i64 %u1, 512
  %635 = icmp sle i64 %u0, 512
  %636 = and i1 %635, %634
  br i1 %636, label %then99, label %join100

loop85:                                           ; preds = %done91, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %656, %done91 ]
  %637 = icmp slt i64 %i88, 256
  br i1 %637, label %body86, label %done87

body86:                                           ; preds = %loop85
  br label %loop89

done87:                                           ; preds = %loop85
  %638 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %done95, %body86
  %i92 = phi i64 [ %375, %body86 ], [ %673, %done95 ]
  %639 = icmp slt i64 %i92, %311
  br i1 %639, label %body90, label %done91

body90:                                           ; preds = %loop89
  %640 = sub i64 %i92, 256
  %641 = add i64 %640, 0
  %642 = sdiv i64 %641, 256
  %643 = srem i64 %641, 256
  %644 = icmp slt i64 %641, 4
  %645 = add i64 256, %641
  %646 = getelementptr float, ptr %gains, i64 %645
  %647 = load float, ptr %646, align 4
  %648 = select i1 %644, float %647, float 0.000000e+00
  %649 = mul i64 %642, 1
  %650 = add i64 %649, %i84
  %651 = mul i64 %650, 256
  %652 = add i64 %651, %643
  %653 = mul i64 %652, 256
  %654 = add i64 %653, %i88
  %655 = getelementptr float, ptr %412, i64 %654
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop93

done91:                                           ; preds = %loop89
  %656 = add i64 %i88, 16
  br label %loop85

loop93:                                           ; preds = %join98, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %691, %join98 ]
  %657 = icmp slt i64 %i96, %batch
  br i1 %657, label %body94, label %done95

body94:                                           ; preds = %loop93
  %658 = mul i64 %i96, 1808
  %659 = add i64 %658, 1536
  %660 = getelementptr float, ptr %dacts, i64 %659
  %661 = getelementptr float, ptr %660, i64 %641
  %662 = load i32, ptr %661, align 4
  %663 = shl i32 %662, 1
  %664 = icmp ne i32 %663, 0
  br i1 %664, label %then97, label %join98

done95:                                           ; preds = %loop93
  %665 = insertelement <8 x float> undef, float %648, i32 0
  %666 = shufflevector <8 x float> %665, <8 x float> undef, <8 x i32> zeroinitializer
  %667 = getelementptr float, ptr %655, i64 0
  %668 = load <8 x float>, ptr %2, align 32
  %669 = fmul <8 x float> %668, %666
  store <8 x float> %669, ptr %667, align 4
  %670 = getelementptr float, ptr %655, i64 8
  %671 = load <8 x float>, ptr %1, align 32
  %672 = fmul <8 x float> %671, %666
  store <8 x float> %672, ptr %670, align 4
  %673 = add i64 %i92, 1
  br label %loop89

then97:                                           ; preds = %body94
  %674 = load float, ptr %661, align 4
  %675 = mul i64 %i84, 256
  %676 = add i64 %675, %i88
  %677 = mul i64 %i96, 1808
  %678 = add i64 %677, 1024
  %679 = getelementptr float, ptr %acts, i64 %678
  %680 = getelementptr float, ptr %679, i64 %676
  %681 = getelementptr float, ptr %680, i64 0
  %682 = load <8 x float>, ptr %681, align 4
  %683 = getelementptr float, ptr %680, i64 8
  %684 = load <8 x float>, ptr %683, align 4
  %685 = insertelement <8 x float> undef, float %674, i32 0
  %686 = shufflevector <8 x float> %685, <8 x float> undef, <8 x i32> zeroinitializer
  %687 = load <8 x float>, ptr %2, align 32
  %688 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %682, <8 x float> %687)
  store <8 x float> %688, ptr %2, align 32
  %689 = load <8 x float>, ptr %1, align 32
  %690 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %686, <8 x float> %684, <8 x float> %689)
  store <8 x float> %690, ptr %1, align 32
  br label %join98

join98:                                           ; preds = %then97, %body94
  %691 = add i64 %i96, 1
  br label %loop93

then99:                                           ; preds = %done83
  store float 0.000000e+00, ptr %0, align 4
  br label %loop101

join100:                                          ; preds = %done103, %done83
  ret void

loop101:                                          ; preds = %done107, %then99
  %i104 = phi i64 [ 0, %then99 ], [ %710, %done107 ]
  %692 = icmp slt i64 %i104, %batch
  br i1 %692, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %693 = getelementptr float, ptr %params, i64 131072
  %694 = load float, ptr %693, align 4
  %695 = fcmp ogt float %694, 0.000000e+00
  %696 = fneg float %694
  %697 = select i1 %695, float %696, float %694
  %698 = call float @llvm.exp.f32(float %697)
  %699 = fmul float 3.000000e+00, %698
  %700 = fadd float 1.000000e+00, %699
  %701 = fadd float %698, 3.000000e+00
  %702 = select i1 %695, float %700, float %701
  %703 = fmul float %702, %702
  %704 = fmul float %698, 4.000000e+00
  %705 = fdiv float %704, %703
  %706 = getelementptr float, ptr %grads, i64 131072
  %707 = load float, ptr %0, align 4
  %708 = fmul float %707, %705
  store float %708, ptr %706, align 4
  br label %join100

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %725, %done111 ]
  %709 = icmp slt i64 %i108, 1
  br i1 %709, label %body106, label %done107

body106:                                          ; preds = %loop105
  br label %loop109

done107:                                          ; preds = %loop105
  %710 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %done115, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %746, %done115 ]
  %711 = icmp slt i64 %i112, 4
  br i1 %711, label %body110, label %done111

body110:                                          ; preds = %loop109
  %712 = mul i64 %i108, 256
  %713 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i112
  %714 = load i32, ptr %713, align 4
  %715 = sext i32 %714 to i64
  %716 = mul i64 %715, 64
  %717 = add i64 %712, %716
  %718 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i112
  %719 = load i32, ptr %718, align 4
  %720 = sext i32 %719 to i64
  %721 = mul i64 %720, 64
  %722 = add i64 %712, %721
  %723 = mul i64 %i112, 64
  %724 = add i64 %712, %723
  br label %loop113

done111:                                          ; preds = %loop109
  %725 = add i64 %i108, 1
  br label %loop105

loop113:                                          ; preds = %body114, %body110
  %i116 = phi i64 [ 0, %body110 ], [ %745, %body114 ]
  %726 = icmp slt i64 %i116, 64
  br i1 %726, label %body114, label %done115

body114:                                          ; preds = %loop113
  %727 = add i64 %722, %i116
  %728 = add i64 %717, %i116
  %729 = add i64 %724, %i116
  %730 = mul i64 %i104, 1808
  %731 = add i64 %730, 768
  %732 = getelementptr float, ptr %acts, i64 %731
  %733 = getelementptr float, ptr %732, i64 %727
  %734 = load float, ptr %733, align 4
  %735 = getelementptr float, ptr %732, i64 %728
  %736 = load float, ptr %735, align 4
  %737 = fsub float %736, %734
  %738 = mul i64 %i104, 1808
  %739 = add i64 %738, 1024
  %740 = getelementptr float, ptr %dacts, i64 %739
  %741 = getelementptr float, ptr %740, i64 %729
  %742 = load float, ptr %741, align 4
  %743 = load float, ptr %0, align 4
  %744 = call float @llvm.fmuladd.f32(float %742, float %737, float %743)
  store float %744, ptr %0, align 4
  %745 = add i64 %i116, 1
  br label %loop113

done115:                                          ; preds = %loop113
  %746 = add i64 %i112, 1
  br label %loop109
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
