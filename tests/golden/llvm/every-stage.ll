; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_units = constant i64 5
@eic_gain_floats = constant i64 263680
@eic_model_fingerprint = constant i64 9074133356503622844
@eic_knobs = global [63 x float] [float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00]
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1, i64 %seed, i64 %instance, i32 %prec) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 1024, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done23, %done
  %i16 = phi i64 [ %13, %done ], [ %55, %done23 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 197904
  %38 = mul i64 %36, 256
  %39 = add i64 1280, %38
  %40 = getelementptr float, ptr %gains, i64 %39
  br label %loop17

done15:                                           ; preds = %loop13
  %41 = icmp sgt i64 %u0, 2
  %42 = select i1 %41, i64 %u0, i64 2
  %43 = icmp slt i64 %u1, 3
  %44 = select i1 %43, i64 %u1, i64 3
  %45 = icmp slt i64 %44, %42
  %46 = select i1 %45, i64 %42, i64 %44
  br label %loop29

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %49, %body18 ]
  %47 = icmp slt i64 %i20, 256
  br i1 %47, label %body18, label %done19

body18:                                           ; preds = %loop17
  %48 = getelementptr float, ptr %40, i64 %i20
  store <8 x float> zeroinitializer, ptr %48, align 4
  %49 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %done27, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %63, %done27 ]
  %50 = icmp slt i64 %i24, 256
  br i1 %50, label %body22, label %done23

body22:                                           ; preds = %loop21
  %51 = mul i64 %36, 256
  %52 = add i64 %51, %i24
  %53 = mul i64 %52, 256
  %54 = getelementptr float, ptr %37, i64 %53
  br label %loop25

done23:                                           ; preds = %loop21
  %55 = add i64 %i16, 1
  br label %loop13

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %62, %body26 ]
  %56 = icmp slt i64 %i28, 256
  br i1 %56, label %body26, label %done27

body26:                                           ; preds = %loop25
  %57 = getelementptr float, ptr %40, i64 %i28
  %58 = getelementptr float, ptr %54, i64 %i28
  %59 = load <8 x float>, ptr %58, align 4
  %60 = load <8 x float>, ptr %57, align 4
  %61 = fadd <8 x float> %60, %59
  store <8 x float> %61, ptr %57, align 4
  %62 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %63 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ %42, %done15 ], [ %77, %done35 ]
  %64 = icmp slt i64 %i32, %46
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = sub i64 %i32, 2
  %66 = getelementptr float, ptr %params, i64 0
  %67 = getelementptr float, ptr %gains, i64 1536
  %68 = getelementptr float, ptr %gains, i64 132608
  %69 = mul i64 %65, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %70 = icmp sgt i64 %u0, 3
  %71 = select i1 %70, i64 %u0, i64 3
  %72 = icmp slt i64 %u1, 4
  %73 = select i1 %72, i64 %u1, i64 4
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %279, %done39 ]
  %76 = icmp slt i64 %i36, 256
  br i1 %76, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %77 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %join, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %288, %join ]
  %78 = icmp slt i64 %i40, 256
  br i1 %78, label %body38, label %done39

body38:                                           ; preds = %loop37
  %79 = add i64 %i36, 0
  %80 = mul i64 %79, 256
  %81 = add i64 %80, %i40
  %82 = add i64 %69, %81
  %83 = getelementptr float, ptr %66, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = bitcast <8 x float> %84 to <8 x i32>
  %86 = lshr <8 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %87 = and <8 x i32> %86, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %88 = add <8 x i32> %87, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %89 = add <8 x i32> %85, %88
  %90 = fcmp uno <8 x float> %84, %84
  %91 = or <8 x i32> %85, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %92 = select <8 x i1> %90, <8 x i32> %91, <8 x i32> %89
  %93 = and <8 x i32> %92, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %94 = bitcast <8 x i32> %93 to <8 x float>
  %95 = select i1 %bf16, <8 x float> %94, <8 x float> %84
  %96 = add i64 %i36, 1
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %i40
  %99 = add i64 %69, %98
  %100 = getelementptr float, ptr %66, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = bitcast <8 x float> %101 to <8 x i32>
  %103 = lshr <8 x i32> %102, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %104 = and <8 x i32> %103, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %105 = add <8 x i32> %104, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %106 = add <8 x i32> %102, %105
  %107 = fcmp uno <8 x float> %101, %101
  %108 = or <8 x i32> %102, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %109 = select <8 x i1> %107, <8 x i32> %108, <8 x i32> %106
  %110 = and <8 x i32> %109, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %111 = bitcast <8 x i32> %110 to <8 x float>
  %112 = select i1 %bf16, <8 x float> %111, <8 x float> %101
  %113 = add i64 %i36, 2
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %i40
  %116 = add i64 %69, %115
  %117 = getelementptr float, ptr %66, i64 %116
  %118 = load <8 x float>, ptr %117, align 4
  %119 = bitcast <8 x float> %118 to <8 x i32>
  %120 = lshr <8 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %121 = and <8 x i32> %120, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %122 = add <8 x i32> %121, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %123 = add <8 x i32> %119, %122
  %124 = fcmp uno <8 x float> %118, %118
  %125 = or <8 x i32> %119, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %126 = select <8 x i1> %124, <8 x i32> %125, <8 x i32> %123
  %127 = and <8 x i32> %126, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %128 = bitcast <8 x i32> %127 to <8 x float>
  %129 = select i1 %bf16, <8 x float> %128, <8 x float> %118
  %130 = add i64 %i36, 3
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i40
  %133 = add i64 %69, %132
  %134 = getelementptr float, ptr %66, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = bitcast <8 x float> %135 to <8 x i32>
  %137 = lshr <8 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %138 = and <8 x i32> %137, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %139 = add <8 x i32> %138, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %140 = add <8 x i32> %136, %139
  %141 = fcmp uno <8 x float> %135, %135
  %142 = or <8 x i32> %136, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %143 = select <8 x i1> %141, <8 x i32> %142, <8 x i32> %140
  %144 = and <8 x i32> %143, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %145 = bitcast <8 x i32> %144 to <8 x float>
  %146 = select i1 %bf16, <8 x float> %145, <8 x float> %135
  %147 = add i64 %i36, 4
  %148 = mul i64 %147, 256
  %149 = add i64 %148, %i40
  %150 = add i64 %69, %149
  %151 = getelementptr float, ptr %66, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = bitcast <8 x float> %152 to <8 x i32>
  %154 = lshr <8 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = and <8 x i32> %154, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %156 = add <8 x i32> %155, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %157 = add <8 x i32> %153, %156
  %158 = fcmp uno <8 x float> %152, %152
  %159 = or <8 x i32> %153, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %160 = select <8 x i1> %158, <8 x i32> %159, <8 x i32> %157
  %161 = and <8 x i32> %160, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %162 = bitcast <8 x i32> %161 to <8 x float>
  %163 = select i1 %bf16, <8 x float> %162, <8 x float> %152
  %164 = add i64 %i36, 5
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %i40
  %167 = add i64 %69, %166
  %168 = getelementptr float, ptr %66, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = bitcast <8 x float> %169 to <8 x i32>
  %171 = lshr <8 x i32> %170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %172 = and <8 x i32> %171, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %173 = add <8 x i32> %172, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %174 = add <8 x i32> %170, %173
  %175 = fcmp uno <8 x float> %169, %169
  %176 = or <8 x i32> %170, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %177 = select <8 x i1> %175, <8 x i32> %176, <8 x i32> %174
  %178 = and <8 x i32> %177, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %179 = bitcast <8 x i32> %178 to <8 x float>
  %180 = select i1 %bf16, <8 x float> %179, <8 x float> %169
  %181 = add i64 %i36, 6
  %182 = mul i64 %181, 256
  %183 = add i64 %182, %i40
  %184 = add i64 %69, %183
  %185 = getelementptr float, ptr %66, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = bitcast <8 x float> %186 to <8 x i32>
  %188 = lshr <8 x i32> %187, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %189 = and <8 x i32> %188, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %190 = add <8 x i32> %189, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %191 = add <8 x i32> %187, %190
  %192 = fcmp uno <8 x float> %186, %186
  %193 = or <8 x i32> %187, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %194 = select <8 x i1> %192, <8 x i32> %193, <8 x i32> %191
  %195 = and <8 x i32> %194, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %196 = bitcast <8 x i32> %195 to <8 x float>
  %197 = select i1 %bf16, <8 x float> %196, <8 x float> %186
  %198 = add i64 %i36, 7
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i40
  %201 = add i64 %69, %200
  %202 = getelementptr float, ptr %66, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = bitcast <8 x float> %203 to <8 x i32>
  %205 = lshr <8 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %206 = and <8 x i32> %205, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %207 = add <8 x i32> %206, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %208 = add <8 x i32> %204, %207
  %209 = fcmp uno <8 x float> %203, %203
  %210 = or <8 x i32> %204, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %211 = select <8 x i1> %209, <8 x i32> %210, <8 x i32> %208
  %212 = and <8 x i32> %211, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %213 = bitcast <8 x i32> %212 to <8 x float>
  %214 = select i1 %bf16, <8 x float> %213, <8 x float> %203
  %215 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %216 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %217 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %218 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %219 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %220 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %221 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %222 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %223 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %224 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %225 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %226 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %227 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %228 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %229 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %230 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %231 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %232 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %233 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %234 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %235 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %236 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %237 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %238 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %239 = add i64 %i40, 0
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i36
  %242 = add i64 %69, %241
  %243 = getelementptr float, ptr %67, i64 %242
  store <8 x float> %231, ptr %243, align 4
  %244 = add i64 %i40, 1
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i36
  %247 = add i64 %69, %246
  %248 = getelementptr float, ptr %67, i64 %247
  store <8 x float> %233, ptr %248, align 4
  %249 = add i64 %i40, 2
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %i36
  %252 = add i64 %69, %251
  %253 = getelementptr float, ptr %67, i64 %252
  store <8 x float> %235, ptr %253, align 4
  %254 = add i64 %i40, 3
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %i36
  %257 = add i64 %69, %256
  %258 = getelementptr float, ptr %67, i64 %257
  store <8 x float> %237, ptr %258, align 4
  %259 = add i64 %i40, 4
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %i36
  %262 = add i64 %69, %261
  %263 = getelementptr float, ptr %67, i64 %262
  store <8 x float> %232, ptr %263, align 4
  %264 = add i64 %i40, 5
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %i36
  %267 = add i64 %69, %266
  %268 = getelementptr float, ptr %67, i64 %267
  store <8 x float> %234, ptr %268, align 4
  %269 = add i64 %i40, 6
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %i36
  %272 = add i64 %69, %271
  %273 = getelementptr float, ptr %67, i64 %272
  store <8 x float> %236, ptr %273, align 4
  %274 = add i64 %i40, 7
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i36
  %277 = add i64 %69, %276
  %278 = getelementptr float, ptr %67, i64 %277
  store <8 x float> %238, ptr %278, align 4
  br i1 %bf16, label %then, label %join

done39:                                           ; preds = %loop37
  %279 = add i64 %i36, 8
  br label %loop33

then:                                             ; preds = %body38
  %280 = getelementptr float, ptr %68, i64 %82
  store <8 x float> %95, ptr %280, align 4
  %281 = getelementptr float, ptr %68, i64 %99
  store <8 x float> %112, ptr %281, align 4
  %282 = getelementptr float, ptr %68, i64 %116
  store <8 x float> %129, ptr %282, align 4
  %283 = getelementptr float, ptr %68, i64 %133
  store <8 x float> %146, ptr %283, align 4
  %284 = getelementptr float, ptr %68, i64 %150
  store <8 x float> %163, ptr %284, align 4
  %285 = getelementptr float, ptr %68, i64 %167
  store <8 x float> %180, ptr %285, align 4
  %286 = getelementptr float, ptr %68, i64 %184
  store <8 x float> %197, ptr %286, align 4
  %287 = getelementptr float, ptr %68, i64 %201
  store <8 x float> %214, ptr %287, align 4
  br label %join

join:                                             ; preds = %then, %body38
  %288 = add i64 %i40, 8
  br label %loop37

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ %71, %done31 ], [ %302, %done47 ]
  %289 = icmp slt i64 %i44, %75
  br i1 %289, label %body42, label %done43

body42:                                           ; preds = %loop41
  %290 = sub i64 %i44, 3
  %291 = getelementptr float, ptr %params, i64 132368
  %292 = getelementptr float, ptr %gains, i64 67072
  %293 = getelementptr float, ptr %gains, i64 198144
  %294 = mul i64 %290, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  %295 = icmp sgt i64 %u0, 4
  %296 = select i1 %295, i64 %u0, i64 4
  %297 = icmp slt i64 %u1, 5
  %298 = select i1 %297, i64 %u1, i64 5
  %299 = icmp slt i64 %298, %296
  %300 = select i1 %299, i64 %296, i64 %298
  br label %loop55

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %504, %done51 ]
  %301 = icmp slt i64 %i48, 256
  br i1 %301, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %302 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %513, %join54 ]
  %303 = icmp slt i64 %i52, 256
  br i1 %303, label %body50, label %done51

body50:                                           ; preds = %loop49
  %304 = add i64 %i48, 0
  %305 = mul i64 %304, 256
  %306 = add i64 %305, %i52
  %307 = add i64 %294, %306
  %308 = getelementptr float, ptr %291, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = bitcast <8 x float> %309 to <8 x i32>
  %311 = lshr <8 x i32> %310, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %312 = and <8 x i32> %311, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %313 = add <8 x i32> %312, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %314 = add <8 x i32> %310, %313
  %315 = fcmp uno <8 x float> %309, %309
  %316 = or <8 x i32> %310, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %317 = select <8 x i1> %315, <8 x i32> %316, <8 x i32> %314
  %318 = and <8 x i32> %317, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %319 = bitcast <8 x i32> %318 to <8 x float>
  %320 = select i1 %bf16, <8 x float> %319, <8 x float> %309
  %321 = add i64 %i48, 1
  %322 = mul i64 %321, 256
  %323 = add i64 %322, %i52
  %324 = add i64 %294, %323
  %325 = getelementptr float, ptr %291, i64 %324
  %326 = load <8 x float>, ptr %325, align 4
  %327 = bitcast <8 x float> %326 to <8 x i32>
  %328 = lshr <8 x i32> %327, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %329 = and <8 x i32> %328, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %330 = add <8 x i32> %329, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %331 = add <8 x i32> %327, %330
  %332 = fcmp uno <8 x float> %326, %326
  %333 = or <8 x i32> %327, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %334 = select <8 x i1> %332, <8 x i32> %333, <8 x i32> %331
  %335 = and <8 x i32> %334, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %336 = bitcast <8 x i32> %335 to <8 x float>
  %337 = select i1 %bf16, <8 x float> %336, <8 x float> %326
  %338 = add i64 %i48, 2
  %339 = mul i64 %338, 256
  %340 = add i64 %339, %i52
  %341 = add i64 %294, %340
  %342 = getelementptr float, ptr %291, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  %344 = bitcast <8 x float> %343 to <8 x i32>
  %345 = lshr <8 x i32> %344, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %346 = and <8 x i32> %345, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %347 = add <8 x i32> %346, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %348 = add <8 x i32> %344, %347
  %349 = fcmp uno <8 x float> %343, %343
  %350 = or <8 x i32> %344, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %351 = select <8 x i1> %349, <8 x i32> %350, <8 x i32> %348
  %352 = and <8 x i32> %351, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %353 = bitcast <8 x i32> %352 to <8 x float>
  %354 = select i1 %bf16, <8 x float> %353, <8 x float> %343
  %355 = add i64 %i48, 3
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %i52
  %358 = add i64 %294, %357
  %359 = getelementptr float, ptr %291, i64 %358
  %360 = load <8 x float>, ptr %359, align 4
  %361 = bitcast <8 x float> %360 to <8 x i32>
  %362 = lshr <8 x i32> %361, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %363 = and <8 x i32> %362, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %364 = add <8 x i32> %363, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %365 = add <8 x i32> %361, %364
  %366 = fcmp uno <8 x float> %360, %360
  %367 = or <8 x i32> %361, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %368 = select <8 x i1> %366, <8 x i32> %367, <8 x i32> %365
  %369 = and <8 x i32> %368, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %370 = bitcast <8 x i32> %369 to <8 x float>
  %371 = select i1 %bf16, <8 x float> %370, <8 x float> %360
  %372 = add i64 %i48, 4
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %i52
  %375 = add i64 %294, %374
  %376 = getelementptr float, ptr %291, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = bitcast <8 x float> %377 to <8 x i32>
  %379 = lshr <8 x i32> %378, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %380 = and <8 x i32> %379, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %381 = add <8 x i32> %380, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %382 = add <8 x i32> %378, %381
  %383 = fcmp uno <8 x float> %377, %377
  %384 = or <8 x i32> %378, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %385 = select <8 x i1> %383, <8 x i32> %384, <8 x i32> %382
  %386 = and <8 x i32> %385, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %387 = bitcast <8 x i32> %386 to <8 x float>
  %388 = select i1 %bf16, <8 x float> %387, <8 x float> %377
  %389 = add i64 %i48, 5
  %390 = mul i64 %389, 256
  %391 = add i64 %390, %i52
  %392 = add i64 %294, %391
  %393 = getelementptr float, ptr %291, i64 %392
  %394 = load <8 x float>, ptr %393, align 4
  %395 = bitcast <8 x float> %394 to <8 x i32>
  %396 = lshr <8 x i32> %395, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %397 = and <8 x i32> %396, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %398 = add <8 x i32> %397, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %399 = add <8 x i32> %395, %398
  %400 = fcmp uno <8 x float> %394, %394
  %401 = or <8 x i32> %395, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %402 = select <8 x i1> %400, <8 x i32> %401, <8 x i32> %399
  %403 = and <8 x i32> %402, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %404 = bitcast <8 x i32> %403 to <8 x float>
  %405 = select i1 %bf16, <8 x float> %404, <8 x float> %394
  %406 = add i64 %i48, 6
  %407 = mul i64 %406, 256
  %408 = add i64 %407, %i52
  %409 = add i64 %294, %408
  %410 = getelementptr float, ptr %291, i64 %409
  %411 = load <8 x float>, ptr %410, align 4
  %412 = bitcast <8 x float> %411 to <8 x i32>
  %413 = lshr <8 x i32> %412, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %414 = and <8 x i32> %413, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %415 = add <8 x i32> %414, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %416 = add <8 x i32> %412, %415
  %417 = fcmp uno <8 x float> %411, %411
  %418 = or <8 x i32> %412, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %419 = select <8 x i1> %417, <8 x i32> %418, <8 x i32> %416
  %420 = and <8 x i32> %419, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %421 = bitcast <8 x i32> %420 to <8 x float>
  %422 = select i1 %bf16, <8 x float> %421, <8 x float> %411
  %423 = add i64 %i48, 7
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %i52
  %426 = add i64 %294, %425
  %427 = getelementptr float, ptr %291, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = bitcast <8 x float> %428 to <8 x i32>
  %430 = lshr <8 x i32> %429, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %431 = and <8 x i32> %430, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %432 = add <8 x i32> %431, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %433 = add <8 x i32> %429, %432
  %434 = fcmp uno <8 x float> %428, %428
  %435 = or <8 x i32> %429, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %436 = select <8 x i1> %434, <8 x i32> %435, <8 x i32> %433
  %437 = and <8 x i32> %436, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %438 = bitcast <8 x i32> %437 to <8 x float>
  %439 = select i1 %bf16, <8 x float> %438, <8 x float> %428
  %440 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %441 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %442 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %443 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %444 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %445 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %446 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %447 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %448 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %449 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %450 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %451 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %452 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %453 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %454 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %455 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %456 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %457 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %458 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %459 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %460 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %461 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %462 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %463 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %464 = add i64 %i52, 0
  %465 = mul i64 %464, 256
  %466 = add i64 %465, %i48
  %467 = add i64 %294, %466
  %468 = getelementptr float, ptr %292, i64 %467
  store <8 x float> %456, ptr %468, align 4
  %469 = add i64 %i52, 1
  %470 = mul i64 %469, 256
  %471 = add i64 %470, %i48
  %472 = add i64 %294, %471
  %473 = getelementptr float, ptr %292, i64 %472
  store <8 x float> %458, ptr %473, align 4
  %474 = add i64 %i52, 2
  %475 = mul i64 %474, 256
  %476 = add i64 %475, %i48
  %477 = add i64 %294, %476
  %478 = getelementptr float, ptr %292, i64 %477
  store <8 x float> %460, ptr %478, align 4
  %479 = add i64 %i52, 3
  %480 = mul i64 %479, 256
  %481 = add i64 %480, %i48
  %482 = add i64 %294, %481
  %483 = getelementptr float, ptr %292, i64 %482
  store <8 x float> %462, ptr %483, align 4
  %484 = add i64 %i52, 4
  %485 = mul i64 %484, 256
  %486 = add i64 %485, %i48
  %487 = add i64 %294, %486
  %488 = getelementptr float, ptr %292, i64 %487
  store <8 x float> %457, ptr %488, align 4
  %489 = add i64 %i52, 5
  %490 = mul i64 %489, 256
  %491 = add i64 %490, %i48
  %492 = add i64 %294, %491
  %493 = getelementptr float, ptr %292, i64 %492
  store <8 x float> %459, ptr %493, align 4
  %494 = add i64 %i52, 6
  %495 = mul i64 %494, 256
  %496 = add i64 %495, %i48
  %497 = add i64 %294, %496
  %498 = getelementptr float, ptr %292, i64 %497
  store <8 x float> %461, ptr %498, align 4
  %499 = add i64 %i52, 7
  %500 = mul i64 %499, 256
  %501 = add i64 %500, %i48
  %502 = add i64 %294, %501
  %503 = getelementptr float, ptr %292, i64 %502
  store <8 x float> %463, ptr %503, align 4
  br i1 %bf16, label %then53, label %join54

done51:                                           ; preds = %loop49
  %504 = add i64 %i48, 8
  br label %loop45

then53:                                           ; preds = %body50
  %505 = getelementptr float, ptr %293, i64 %307
  store <8 x float> %320, ptr %505, align 4
  %506 = getelementptr float, ptr %293, i64 %324
  store <8 x float> %337, ptr %506, align 4
  %507 = getelementptr float, ptr %293, i64 %341
  store <8 x float> %354, ptr %507, align 4
  %508 = getelementptr float, ptr %293, i64 %358
  store <8 x float> %371, ptr %508, align 4
  %509 = getelementptr float, ptr %293, i64 %375
  store <8 x float> %388, ptr %509, align 4
  %510 = getelementptr float, ptr %293, i64 %392
  store <8 x float> %405, ptr %510, align 4
  %511 = getelementptr float, ptr %293, i64 %409
  store <8 x float> %422, ptr %511, align 4
  %512 = getelementptr float, ptr %293, i64 %426
  store <8 x float> %439, ptr %512, align 4
  br label %join54

join54:                                           ; preds = %then53, %body50
  %513 = add i64 %i52, 8
  br label %loop49

loop55:                                           ; preds = %done61, %done43
  %i58 = phi i64 [ %296, %done43 ], [ %547, %done61 ]
  %514 = icmp slt i64 %i58, %300
  br i1 %514, label %body56, label %done57

body56:                                           ; preds = %loop55
  %515 = sub i64 %i58, 4
  %516 = getelementptr float, ptr %params, i64 131072
  %517 = add i64 %515, 1
  %518 = mul i64 %517, 256
  %519 = mul i64 %515, 256
  br label %loop59

done57:                                           ; preds = %loop55
  ret void

loop59:                                           ; preds = %body60, %body56
  %i62 = phi i64 [ %519, %body56 ], [ %546, %body60 ]
  %520 = icmp slt i64 %i62, %518
  br i1 %520, label %body60, label %done61

body60:                                           ; preds = %loop59
  %521 = getelementptr float, ptr %516, i64 768
  %522 = getelementptr float, ptr %521, i64 %i62
  %523 = load <8 x float>, ptr %522, align 4
  %524 = getelementptr float, ptr %516, i64 512
  %525 = getelementptr float, ptr %524, i64 %i62
  %526 = load <8 x float>, ptr %525, align 4
  %527 = getelementptr float, ptr %params, i64 131072
  %528 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %523, <8 x float> zeroinitializer)
  %529 = fadd <8 x float> %528, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %530 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %529)
  %531 = getelementptr float, ptr %527, i64 0
  %532 = getelementptr float, ptr %531, i64 %i62
  %533 = load <8 x float>, ptr %532, align 4
  %534 = fdiv <8 x float> %533, %530
  %535 = fmul <8 x float> %534, %526
  %536 = getelementptr float, ptr %527, i64 256
  %537 = getelementptr float, ptr %536, i64 %i62
  %538 = load <8 x float>, ptr %537, align 4
  %539 = fsub <8 x float> %538, %535
  %540 = getelementptr float, ptr %gains, i64 0
  %541 = getelementptr float, ptr %540, i64 0
  %542 = getelementptr float, ptr %541, i64 %i62
  store <8 x float> %534, ptr %542, align 4
  %543 = getelementptr float, ptr %gains, i64 0
  %544 = getelementptr float, ptr %543, i64 256
  %545 = getelementptr float, ptr %544, i64 %i62
  store <8 x float> %539, ptr %545, align 4
  %546 = add i64 %i62, 8
  br label %loop59

done61:                                           ; preds = %loop59
  %547 = add i64 %i58, 1
  br label %loop55
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #0

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma, i32 %prec, i32 %train, i32 %s0, i32 %s1) {
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
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca float, align 4
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
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %train1 = icmp ne i32 %train, 0
  %39 = icmp ult i32 0, %s1
  %40 = icmp ule i32 %s0, 0
  %41 = and i1 %40, %39
  br i1 %41, label %then, label %join

then:                                             ; preds = %entry
  br label %join

join:                                             ; preds = %then, %entry
  %42 = icmp ult i32 1, %s1
  %43 = icmp ule i32 %s0, 1
  %44 = and i1 %43, %42
  br i1 %44, label %then2, label %join3

then2:                                            ; preds = %join
  br i1 %bf16, label %then4, label %join5

join3:                                            ; preds = %done12, %join
  %45 = icmp ult i32 2, %s1
  %46 = icmp ule i32 %s0, 2
  %47 = and i1 %46, %45
  br i1 %47, label %then54, label %join55

then4:                                            ; preds = %then2
  br label %loop

join5:                                            ; preds = %done, %then2
  br label %loop10

loop:                                             ; preds = %done8, %then4
  %i = phi i64 [ %b0, %then4 ], [ %66, %done8 ]
  %48 = icmp slt i64 %i, %b1
  br i1 %48, label %body, label %done

body:                                             ; preds = %loop
  %49 = mul i64 %i, 2064
  %50 = add i64 %49, 0
  %51 = getelementptr float, ptr %acts, i64 %50
  br label %loop6

done:                                             ; preds = %loop
  br label %join5

loop6:                                            ; preds = %body7, %body
  %i9 = phi i64 [ 0, %body ], [ %65, %body7 ]
  %52 = icmp slt i64 %i9, 256
  br i1 %52, label %body7, label %done8

body7:                                            ; preds = %loop6
  %53 = getelementptr float, ptr %51, i64 %i9
  %54 = load <8 x float>, ptr %53, align 4
  %55 = bitcast <8 x float> %54 to <8 x i32>
  %56 = lshr <8 x i32> %55, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %57 = and <8 x i32> %56, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %58 = add <8 x i32> %57, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %59 = add <8 x i32> %55, %58
  %60 = fcmp uno <8 x float> %54, %54
  %61 = or <8 x i32> %55, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %62 = select <8 x i1> %60, <8 x i32> %61, <8 x i32> %59
  %63 = and <8 x i32> %62, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %64 = bitcast <8 x i32> %63 to <8 x float>
  store <8 x float> %64, ptr %53, align 4
  %65 = add i64 %i9, 8
  br label %loop6

done8:                                            ; preds = %loop6
  %66 = add i64 %i, 1
  br label %loop

loop10:                                           ; preds = %done16, %join5
  %i13 = phi i64 [ 0, %join5 ], [ %81, %done16 ]
  %67 = icmp slt i64 %i13, 1
  br i1 %67, label %body11, label %done12

body11:                                           ; preds = %loop10
  br label %loop14

done12:                                           ; preds = %loop10
  br label %join3

loop14:                                           ; preds = %done44, %body11
  %i17 = phi i64 [ 0, %body11 ], [ %315, %done44 ]
  %68 = icmp slt i64 %i17, 1
  br i1 %68, label %body15, label %done16

body15:                                           ; preds = %loop14
  %69 = mul i64 %i13, 1
  %70 = add i64 %69, %i17
  %71 = mul i64 %70, 65536
  %72 = add i64 1536, %71
  %73 = getelementptr float, ptr %gains, i64 %72
  %74 = sub i64 %b1, %b0
  %75 = sdiv i64 %74, 6
  %76 = mul i64 %75, 6
  %77 = add i64 %b0, %76
  %78 = sub i64 %b1, %77
  %79 = and i64 %78, -2
  %80 = add i64 %77, %79
  br label %loop18

done16:                                           ; preds = %loop14
  %81 = add i64 %i13, 1
  br label %loop10

loop18:                                           ; preds = %done24, %body15
  %i21 = phi i64 [ 0, %body15 ], [ %120, %done24 ]
  %82 = icmp slt i64 %i21, 256
  br i1 %82, label %body19, label %done20

body19:                                           ; preds = %loop18
  br label %loop22

done20:                                           ; preds = %loop18
  br label %loop30

loop22:                                           ; preds = %done28, %body19
  %i25 = phi i64 [ %b0, %body19 ], [ %247, %done28 ]
  %83 = icmp slt i64 %i25, %77
  br i1 %83, label %body23, label %done24

body23:                                           ; preds = %loop22
  %84 = mul i64 %i17, 256
  %85 = add i64 %i25, 0
  %86 = mul i64 %85, 2064
  %87 = add i64 %86, 0
  %88 = getelementptr float, ptr %acts, i64 %87
  %89 = getelementptr float, ptr %88, i64 %84
  store <8 x float> zeroinitializer, ptr %38, align 32
  store <8 x float> zeroinitializer, ptr %37, align 32
  %90 = mul i64 %i17, 256
  %91 = add i64 %i25, 1
  %92 = mul i64 %91, 2064
  %93 = add i64 %92, 0
  %94 = getelementptr float, ptr %acts, i64 %93
  %95 = getelementptr float, ptr %94, i64 %90
  store <8 x float> zeroinitializer, ptr %36, align 32
  store <8 x float> zeroinitializer, ptr %35, align 32
  %96 = mul i64 %i17, 256
  %97 = add i64 %i25, 2
  %98 = mul i64 %97, 2064
  %99 = add i64 %98, 0
  %100 = getelementptr float, ptr %acts, i64 %99
  %101 = getelementptr float, ptr %100, i64 %96
  store <8 x float> zeroinitializer, ptr %34, align 32
  store <8 x float> zeroinitializer, ptr %33, align 32
  %102 = mul i64 %i17, 256
  %103 = add i64 %i25, 3
  %104 = mul i64 %103, 2064
  %105 = add i64 %104, 0
  %106 = getelementptr float, ptr %acts, i64 %105
  %107 = getelementptr float, ptr %106, i64 %102
  store <8 x float> zeroinitializer, ptr %32, align 32
  store <8 x float> zeroinitializer, ptr %31, align 32
  %108 = mul i64 %i17, 256
  %109 = add i64 %i25, 4
  %110 = mul i64 %109, 2064
  %111 = add i64 %110, 0
  %112 = getelementptr float, ptr %acts, i64 %111
  %113 = getelementptr float, ptr %112, i64 %108
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %114 = mul i64 %i17, 256
  %115 = add i64 %i25, 5
  %116 = mul i64 %115, 2064
  %117 = add i64 %116, 0
  %118 = getelementptr float, ptr %acts, i64 %117
  %119 = getelementptr float, ptr %118, i64 %114
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  br label %loop26

done24:                                           ; preds = %loop22
  %120 = add i64 %i21, 16
  br label %loop18

loop26:                                           ; preds = %body27, %body23
  %i29 = phi i64 [ 0, %body23 ], [ %180, %body27 ]
  %121 = icmp slt i64 %i29, 256
  br i1 %121, label %body27, label %done28

body27:                                           ; preds = %loop26
  %122 = add i64 %i21, 0
  %123 = mul i64 %i29, 256
  %124 = add i64 %123, %122
  %125 = getelementptr float, ptr %73, i64 %124
  %126 = load <8 x float>, ptr %125, align 4
  %127 = add i64 %i21, 8
  %128 = mul i64 %i29, 256
  %129 = add i64 %128, %127
  %130 = getelementptr float, ptr %73, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = getelementptr float, ptr %89, i64 %i29
  %133 = load float, ptr %132, align 4
  %134 = insertelement <8 x float> undef, float %133, i32 0
  %135 = shufflevector <8 x float> %134, <8 x float> undef, <8 x i32> zeroinitializer
  %136 = load <8 x float>, ptr %38, align 32
  %137 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %135, <8 x float> %126, <8 x float> %136)
  store <8 x float> %137, ptr %38, align 32
  %138 = load <8 x float>, ptr %37, align 32
  %139 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %135, <8 x float> %131, <8 x float> %138)
  store <8 x float> %139, ptr %37, align 32
  %140 = getelementptr float, ptr %95, i64 %i29
  %141 = load float, ptr %140, align 4
  %142 = insertelement <8 x float> undef, float %141, i32 0
  %143 = shufflevector <8 x float> %142, <8 x float> undef, <8 x i32> zeroinitializer
  %144 = load <8 x float>, ptr %36, align 32
  %145 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %143, <8 x float> %126, <8 x float> %144)
  store <8 x float> %145, ptr %36, align 32
  %146 = load <8 x float>, ptr %35, align 32
  %147 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %143, <8 x float> %131, <8 x float> %146)
  store <8 x float> %147, ptr %35, align 32
  %148 = getelementptr float, ptr %101, i64 %i29
  %149 = load float, ptr %148, align 4
  %150 = insertelement <8 x float> undef, float %149, i32 0
  %151 = shufflevector <8 x float> %150, <8 x float> undef, <8 x i32> zeroinitializer
  %152 = load <8 x float>, ptr %34, align 32
  %153 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %151, <8 x float> %126, <8 x float> %152)
  store <8 x float> %153, ptr %34, align 32
  %154 = load <8 x float>, ptr %33, align 32
  %155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %151, <8 x float> %131, <8 x float> %154)
  store <8 x float> %155, ptr %33, align 32
  %156 = getelementptr float, ptr %107, i64 %i29
  %157 = load float, ptr %156, align 4
  %158 = insertelement <8 x float> undef, float %157, i32 0
  %159 = shufflevector <8 x float> %158, <8 x float> undef, <8 x i32> zeroinitializer
  %160 = load <8 x float>, ptr %32, align 32
  %161 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %159, <8 x float> %126, <8 x float> %160)
  store <8 x float> %161, ptr %32, align 32
  %162 = load <8 x float>, ptr %31, align 32
  %163 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %159, <8 x float> %131, <8 x float> %162)
  store <8 x float> %163, ptr %31, align 32
  %164 = getelementptr float, ptr %113, i64 %i29
  %165 = load float, ptr %164, align 4
  %166 = insertelement <8 x float> undef, float %165, i32 0
  %167 = shufflevector <8 x float> %166, <8 x float> undef, <8 x i32> zeroinitializer
  %168 = load <8 x float>, ptr %30, align 32
  %169 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %167, <8 x float> %126, <8 x float> %168)
  store <8 x float> %169, ptr %30, align 32
  %170 = load <8 x float>, ptr %29, align 32
  %171 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %167, <8 x float> %131, <8 x float> %170)
  store <8 x float> %171, ptr %29, align 32
  %172 = getelementptr float, ptr %119, i64 %i29
  %173 = load float, ptr %172, align 4
  %174 = insertelement <8 x float> undef, float %173, i32 0
  %175 = shufflevector <8 x float> %174, <8 x float> undef, <8 x i32> zeroinitializer
  %176 = load <8 x float>, ptr %28, align 32
  %177 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %175, <8 x float> %126, <8 x float> %176)
  store <8 x float> %177, ptr %28, align 32
  %178 = load <8 x float>, ptr %27, align 32
  %179 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %175, <8 x float> %131, <8 x float> %178)
  store <8 x float> %179, ptr %27, align 32
  %180 = add i64 %i29, 1
  br label %loop26

done28:                                           ; preds = %loop26
  %181 = mul i64 %70, 256
  %182 = add i64 %181, %i21
  %183 = add i64 %i25, 0
  %184 = mul i64 %183, 2064
  %185 = add i64 %184, 256
  %186 = getelementptr float, ptr %acts, i64 %185
  %187 = getelementptr float, ptr %186, i64 %182
  %188 = getelementptr float, ptr %187, i64 0
  %189 = load <8 x float>, ptr %38, align 32
  store <8 x float> %189, ptr %188, align 4
  %190 = getelementptr float, ptr %187, i64 8
  %191 = load <8 x float>, ptr %37, align 32
  store <8 x float> %191, ptr %190, align 4
  %192 = mul i64 %70, 256
  %193 = add i64 %192, %i21
  %194 = add i64 %i25, 1
  %195 = mul i64 %194, 2064
  %196 = add i64 %195, 256
  %197 = getelementptr float, ptr %acts, i64 %196
  %198 = getelementptr float, ptr %197, i64 %193
  %199 = getelementptr float, ptr %198, i64 0
  %200 = load <8 x float>, ptr %36, align 32
  store <8 x float> %200, ptr %199, align 4
  %201 = getelementptr float, ptr %198, i64 8
  %202 = load <8 x float>, ptr %35, align 32
  store <8 x float> %202, ptr %201, align 4
  %203 = mul i64 %70, 256
  %204 = add i64 %203, %i21
  %205 = add i64 %i25, 2
  %206 = mul i64 %205, 2064
  %207 = add i64 %206, 256
  %208 = getelementptr float, ptr %acts, i64 %207
  %209 = getelementptr float, ptr %208, i64 %204
  %210 = getelementptr float, ptr %209, i64 0
  %211 = load <8 x float>, ptr %34, align 32
  store <8 x float> %211, ptr %210, align 4
  %212 = getelementptr float, ptr %209, i64 8
  %213 = load <8 x float>, ptr %33, align 32
  store <8 x float> %213, ptr %212, align 4
  %214 = mul i64 %70, 256
  %215 = add i64 %214, %i21
  %216 = add i64 %i25, 3
  %217 = mul i64 %216, 2064
  %218 = add i64 %217, 256
  %219 = getelementptr float, ptr %acts, i64 %218
  %220 = getelementptr float, ptr %219, i64 %215
  %221 = getelementptr float, ptr %220, i64 0
  %222 = load <8 x float>, ptr %32, align 32
  store <8 x float> %222, ptr %221, align 4
  %223 = getelementptr float, ptr %220, i64 8
  %224 = load <8 x float>, ptr %31, align 32
  store <8 x float> %224, ptr %223, align 4
  %225 = mul i64 %70, 256
  %226 = add i64 %225, %i21
  %227 = add i64 %i25, 4
  %228 = mul i64 %227, 2064
  %229 = add i64 %228, 256
  %230 = getelementptr float, ptr %acts, i64 %229
  %231 = getelementptr float, ptr %230, i64 %226
  %232 = getelementptr float, ptr %231, i64 0
  %233 = load <8 x float>, ptr %30, align 32
  store <8 x float> %233, ptr %232, align 4
  %234 = getelementptr float, ptr %231, i64 8
  %235 = load <8 x float>, ptr %29, align 32
  store <8 x float> %235, ptr %234, align 4
  %236 = mul i64 %70, 256
  %237 = add i64 %236, %i21
  %238 = add i64 %i25, 5
  %239 = mul i64 %238, 2064
  %240 = add i64 %239, 256
  %241 = getelementptr float, ptr %acts, i64 %240
  %242 = getelementptr float, ptr %241, i64 %237
  %243 = getelementptr float, ptr %242, i64 0
  %244 = load <8 x float>, ptr %28, align 32
  store <8 x float> %244, ptr %243, align 4
  %245 = getelementptr float, ptr %242, i64 8
  %246 = load <8 x float>, ptr %27, align 32
  store <8 x float> %246, ptr %245, align 4
  %247 = add i64 %i25, 6
  br label %loop22

loop30:                                           ; preds = %done36, %done20
  %i33 = phi i64 [ 0, %done20 ], [ %262, %done36 ]
  %248 = icmp slt i64 %i33, 256
  br i1 %248, label %body31, label %done32

body31:                                           ; preds = %loop30
  br label %loop34

done32:                                           ; preds = %loop30
  br label %loop42

loop34:                                           ; preds = %done40, %body31
  %i37 = phi i64 [ %77, %body31 ], [ %313, %done40 ]
  %249 = icmp slt i64 %i37, %80
  br i1 %249, label %body35, label %done36

body35:                                           ; preds = %loop34
  %250 = mul i64 %i17, 256
  %251 = add i64 %i37, 0
  %252 = mul i64 %251, 2064
  %253 = add i64 %252, 0
  %254 = getelementptr float, ptr %acts, i64 %253
  %255 = getelementptr float, ptr %254, i64 %250
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %256 = mul i64 %i17, 256
  %257 = add i64 %i37, 1
  %258 = mul i64 %257, 2064
  %259 = add i64 %258, 0
  %260 = getelementptr float, ptr %acts, i64 %259
  %261 = getelementptr float, ptr %260, i64 %256
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  br label %loop38

done36:                                           ; preds = %loop34
  %262 = add i64 %i33, 16
  br label %loop30

loop38:                                           ; preds = %body39, %body35
  %i41 = phi i64 [ 0, %body35 ], [ %290, %body39 ]
  %263 = icmp slt i64 %i41, 256
  br i1 %263, label %body39, label %done40

body39:                                           ; preds = %loop38
  %264 = add i64 %i33, 0
  %265 = mul i64 %i41, 256
  %266 = add i64 %265, %264
  %267 = getelementptr float, ptr %73, i64 %266
  %268 = load <8 x float>, ptr %267, align 4
  %269 = add i64 %i33, 8
  %270 = mul i64 %i41, 256
  %271 = add i64 %270, %269
  %272 = getelementptr float, ptr %73, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = getelementptr float, ptr %255, i64 %i41
  %275 = load float, ptr %274, align 4
  %276 = insertelement <8 x float> undef, float %275, i32 0
  %277 = shufflevector <8 x float> %276, <8 x float> undef, <8 x i32> zeroinitializer
  %278 = load <8 x float>, ptr %26, align 32
  %279 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %277, <8 x float> %268, <8 x float> %278)
  store <8 x float> %279, ptr %26, align 32
  %280 = load <8 x float>, ptr %25, align 32
  %281 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %277, <8 x float> %273, <8 x float> %280)
  store <8 x float> %281, ptr %25, align 32
  %282 = getelementptr float, ptr %261, i64 %i41
  %283 = load float, ptr %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i32 0
  %285 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, ptr %24, align 32
  %287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %268, <8 x float> %286)
  store <8 x float> %287, ptr %24, align 32
  %288 = load <8 x float>, ptr %23, align 32
  %289 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %273, <8 x float> %288)
  store <8 x float> %289, ptr %23, align 32
  %290 = add i64 %i41, 1
  br label %loop38

done40:                                           ; preds = %loop38
  %291 = mul i64 %70, 256
  %292 = add i64 %291, %i33
  %293 = add i64 %i37, 0
  %294 = mul i64 %293, 2064
  %295 = add i64 %294, 256
  %296 = getelementptr float, ptr %acts, i64 %295
  %297 = getelementptr float, ptr %296, i64 %292
  %298 = getelementptr float, ptr %297, i64 0
  %299 = load <8 x float>, ptr %26, align 32
  store <8 x float> %299, ptr %298, align 4
  %300 = getelementptr float, ptr %297, i64 8
  %301 = load <8 x float>, ptr %25, align 32
  store <8 x float> %301, ptr %300, align 4
  %302 = mul i64 %70, 256
  %303 = add i64 %302, %i33
  %304 = add i64 %i37, 1
  %305 = mul i64 %304, 2064
  %306 = add i64 %305, 256
  %307 = getelementptr float, ptr %acts, i64 %306
  %308 = getelementptr float, ptr %307, i64 %303
  %309 = getelementptr float, ptr %308, i64 0
  %310 = load <8 x float>, ptr %24, align 32
  store <8 x float> %310, ptr %309, align 4
  %311 = getelementptr float, ptr %308, i64 8
  %312 = load <8 x float>, ptr %23, align 32
  store <8 x float> %312, ptr %311, align 4
  %313 = add i64 %i37, 2
  br label %loop34

loop42:                                           ; preds = %done48, %done32
  %i45 = phi i64 [ 0, %done32 ], [ %323, %done48 ]
  %314 = icmp slt i64 %i45, 256
  br i1 %314, label %body43, label %done44

body43:                                           ; preds = %loop42
  br label %loop46

done44:                                           ; preds = %loop42
  %315 = add i64 %i17, 1
  br label %loop14

loop46:                                           ; preds = %done52, %body43
  %i49 = phi i64 [ %80, %body43 ], [ %355, %done52 ]
  %316 = icmp slt i64 %i49, %b1
  br i1 %316, label %body47, label %done48

body47:                                           ; preds = %loop46
  %317 = mul i64 %i17, 256
  %318 = add i64 %i49, 0
  %319 = mul i64 %318, 2064
  %320 = add i64 %319, 0
  %321 = getelementptr float, ptr %acts, i64 %320
  %322 = getelementptr float, ptr %321, i64 %317
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  br label %loop50

done48:                                           ; preds = %loop46
  %323 = add i64 %i45, 16
  br label %loop42

loop50:                                           ; preds = %body51, %body47
  %i53 = phi i64 [ 0, %body47 ], [ %343, %body51 ]
  %324 = icmp slt i64 %i53, 256
  br i1 %324, label %body51, label %done52

body51:                                           ; preds = %loop50
  %325 = add i64 %i45, 0
  %326 = mul i64 %i53, 256
  %327 = add i64 %326, %325
  %328 = getelementptr float, ptr %73, i64 %327
  %329 = load <8 x float>, ptr %328, align 4
  %330 = add i64 %i45, 8
  %331 = mul i64 %i53, 256
  %332 = add i64 %331, %330
  %333 = getelementptr float, ptr %73, i64 %332
  %334 = load <8 x float>, ptr %333, align 4
  %335 = getelementptr float, ptr %322, i64 %i53
  %336 = load float, ptr %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i32 0
  %338 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, ptr %22, align 32
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %329, <8 x float> %339)
  store <8 x float> %340, ptr %22, align 32
  %341 = load <8 x float>, ptr %21, align 32
  %342 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %334, <8 x float> %341)
  store <8 x float> %342, ptr %21, align 32
  %343 = add i64 %i53, 1
  br label %loop50

done52:                                           ; preds = %loop50
  %344 = mul i64 %70, 256
  %345 = add i64 %344, %i45
  %346 = add i64 %i49, 0
  %347 = mul i64 %346, 2064
  %348 = add i64 %347, 256
  %349 = getelementptr float, ptr %acts, i64 %348
  %350 = getelementptr float, ptr %349, i64 %345
  %351 = getelementptr float, ptr %350, i64 0
  %352 = load <8 x float>, ptr %22, align 32
  store <8 x float> %352, ptr %351, align 4
  %353 = getelementptr float, ptr %350, i64 8
  %354 = load <8 x float>, ptr %21, align 32
  store <8 x float> %354, ptr %353, align 4
  %355 = add i64 %i49, 1
  br label %loop46

then54:                                           ; preds = %join3
  br label %loop56

join55:                                           ; preds = %done58, %join3
  %356 = icmp ult i32 3, %s1
  %357 = icmp ule i32 %s0, 3
  %358 = and i1 %357, %356
  br i1 %358, label %then72, label %join73

loop56:                                           ; preds = %done62, %then54
  %i59 = phi i64 [ %b0, %then54 ], [ %367, %done62 ]
  %359 = icmp slt i64 %i59, %b1
  br i1 %359, label %body57, label %done58

body57:                                           ; preds = %loop56
  %360 = mul i64 %i59, 2064
  %361 = add i64 %360, 256
  %362 = getelementptr float, ptr %acts, i64 %361
  %363 = mul i64 %i59, 2064
  %364 = add i64 %363, 512
  %365 = getelementptr float, ptr %acts, i64 %364
  br label %loop60

done58:                                           ; preds = %loop56
  br label %join55

loop60:                                           ; preds = %done66, %body57
  %i63 = phi i64 [ 0, %body57 ], [ %369, %done66 ]
  %366 = icmp slt i64 %i63, 1
  br i1 %366, label %body61, label %done62

body61:                                           ; preds = %loop60
  br label %loop64

done62:                                           ; preds = %loop60
  %367 = add i64 %i59, 1
  br label %loop56

loop64:                                           ; preds = %done70, %body61
  %i67 = phi i64 [ 0, %body61 ], [ %390, %done70 ]
  %368 = icmp slt i64 %i67, 256
  br i1 %368, label %body65, label %done66

body65:                                           ; preds = %loop64
  store float 0.000000e+00, ptr %20, align 4
  br label %loop68

done66:                                           ; preds = %loop64
  %369 = add i64 %i63, 1
  br label %loop60

loop68:                                           ; preds = %body69, %body65
  %i71 = phi i64 [ 0, %body65 ], [ %379, %body69 ]
  %370 = icmp slt i64 %i71, 1
  br i1 %370, label %body69, label %done70

body69:                                           ; preds = %loop68
  %371 = mul i64 %i63, 1
  %372 = add i64 %371, %i71
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %i67
  %375 = getelementptr float, ptr %362, i64 %374
  %376 = load float, ptr %375, align 4
  %377 = load float, ptr %20, align 4
  %378 = fadd float %377, %376
  store float %378, ptr %20, align 4
  %379 = add i64 %i71, 1
  br label %loop68

done70:                                           ; preds = %loop68
  %380 = mul i64 %i63, 256
  %381 = add i64 %380, %i67
  %382 = add i64 1024, %381
  %383 = getelementptr float, ptr %gains, i64 %382
  %384 = load float, ptr %383, align 4
  %385 = load float, ptr %20, align 4
  %386 = fmul float %385, %384
  %387 = icmp slt i64 %381, 256
  %388 = getelementptr float, ptr %365, i64 %381
  %389 = select i1 %387, float %386, float 0.000000e+00
  store float %389, ptr %388, align 4
  %390 = add i64 %i67, 1
  br label %loop64

then72:                                           ; preds = %join55
  br label %loop74

join73:                                           ; preds = %done76, %join55
  %391 = icmp ult i32 4, %s1
  %392 = icmp ule i32 %s0, 4
  %393 = and i1 %392, %391
  br i1 %393, label %then86, label %join87

loop74:                                           ; preds = %done84, %then72
  %i77 = phi i64 [ %b0, %then72 ], [ %419, %done84 ]
  %394 = icmp slt i64 %i77, %b1
  br i1 %394, label %body75, label %done76

body75:                                           ; preds = %loop74
  %395 = mul i64 %i77, 2064
  %396 = add i64 %395, 512
  %397 = getelementptr float, ptr %acts, i64 %396
  %398 = mul i64 %i77, 2064
  %399 = add i64 %398, 768
  %400 = getelementptr float, ptr %acts, i64 %399
  br label %loop78

done76:                                           ; preds = %loop74
  br label %join73

loop78:                                           ; preds = %body79, %body75
  %i81 = phi i64 [ 0, %body75 ], [ %415, %body79 ]
  %401 = icmp slt i64 %i81, 256
  br i1 %401, label %body79, label %done80

body79:                                           ; preds = %loop78
  %402 = getelementptr float, ptr %397, i64 %i81
  %403 = load float, ptr %402, align 4
  %404 = getelementptr float, ptr %gains, i64 0
  %405 = getelementptr float, ptr %404, i64 0
  %406 = getelementptr float, ptr %405, i64 %i81
  %407 = load float, ptr %406, align 4
  %408 = fmul float %407, %403
  %409 = getelementptr float, ptr %400, i64 %i81
  %410 = getelementptr float, ptr %gains, i64 0
  %411 = getelementptr float, ptr %410, i64 256
  %412 = getelementptr float, ptr %411, i64 %i81
  %413 = load float, ptr %412, align 4
  %414 = fadd float %408, %413
  store float %414, ptr %409, align 4
  %415 = add i64 %i81, 1
  br label %loop78

done80:                                           ; preds = %loop78
  br label %loop82

loop82:                                           ; preds = %body83, %done80
  %i85 = phi i64 [ 256, %done80 ], [ %418, %body83 ]
  %416 = icmp slt i64 %i85, 256
  br i1 %416, label %body83, label %done84

body83:                                           ; preds = %loop82
  %417 = getelementptr float, ptr %400, i64 %i85
  store float 0.000000e+00, ptr %417, align 4
  %418 = add i64 %i85, 1
  br label %loop82

done84:                                           ; preds = %loop82
  %419 = add i64 %i77, 1
  br label %loop74

then86:                                           ; preds = %join73
  %420 = fcmp olt float %sigma, 0.000000e+00
  %421 = select i1 %420, float 0x3FC99999A0000000, float %sigma
  %422 = fcmp ogt float %421, 0.000000e+00
  br label %loop88

join87:                                           ; preds = %done90, %join73
  %423 = icmp ult i32 5, %s1
  %424 = icmp ule i32 %s0, 5
  %425 = and i1 %424, %423
  br i1 %425, label %then98, label %join99

loop88:                                           ; preds = %done94, %then86
  %i91 = phi i64 [ %b0, %then86 ], [ %468, %done94 ]
  %426 = icmp slt i64 %i91, %b1
  br i1 %426, label %body89, label %done90

body89:                                           ; preds = %loop88
  %427 = mul i64 %i91, 2064
  %428 = add i64 %427, 768
  %429 = getelementptr float, ptr %acts, i64 %428
  %430 = mul i64 %i91, 2064
  %431 = add i64 %430, 1024
  %432 = getelementptr float, ptr %acts, i64 %431
  %433 = add i64 %first, %i91
  %434 = add i64 %seed, -7046029254386353131
  %435 = lshr i64 %434, 30
  %436 = xor i64 %434, %435
  %437 = mul i64 %436, -4658895280553007687
  %438 = lshr i64 %437, 27
  %439 = xor i64 %437, %438
  %440 = mul i64 %439, -7723592293110705685
  %441 = lshr i64 %440, 31
  %442 = xor i64 %440, %441
  %443 = add i64 %442, %step
  %444 = lshr i64 %443, 30
  %445 = xor i64 %443, %444
  %446 = mul i64 %445, -4658895280553007687
  %447 = lshr i64 %446, 27
  %448 = xor i64 %446, %447
  %449 = mul i64 %448, -7723592293110705685
  %450 = lshr i64 %449, 31
  %451 = xor i64 %449, %450
  %452 = or i64 4398046511104, %433
  %453 = add i64 %451, %452
  %454 = lshr i64 %453, 30
  %455 = xor i64 %453, %454
  %456 = mul i64 %455, -4658895280553007687
  %457 = lshr i64 %456, 27
  %458 = xor i64 %456, %457
  %459 = mul i64 %458, -7723592293110705685
  %460 = lshr i64 %459, 31
  %461 = xor i64 %459, %460
  br label %loop92

done90:                                           ; preds = %loop88
  br label %join87

loop92:                                           ; preds = %join97, %body89
  %i95 = phi i64 [ 0, %body89 ], [ %590, %join97 ]
  %462 = icmp slt i64 %i95, 256
  br i1 %462, label %body93, label %done94

body93:                                           ; preds = %loop92
  %463 = insertelement <8 x i64> undef, i64 %i95, i32 0
  %464 = shufflevector <8 x i64> %463, <8 x i64> undef, <8 x i32> zeroinitializer
  %465 = add <8 x i64> %464, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %466 = getelementptr float, ptr %429, i64 %i95
  %467 = load <8 x float>, ptr %466, align 4
  store <8 x float> %467, ptr %19, align 32
  br i1 %422, label %then96, label %join97

done94:                                           ; preds = %loop92
  %468 = add i64 %i91, 1
  br label %loop88

then96:                                           ; preds = %body93
  %469 = insertelement <8 x i64> undef, i64 %461, i32 0
  %470 = shufflevector <8 x i64> %469, <8 x i64> undef, <8 x i32> zeroinitializer
  %471 = mul <8 x i64> %465, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %472 = add <8 x i64> %470, %471
  %473 = lshr <8 x i64> %472, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %474 = xor <8 x i64> %472, %473
  %475 = mul <8 x i64> %474, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %476 = lshr <8 x i64> %475, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %477 = xor <8 x i64> %475, %476
  %478 = mul <8 x i64> %477, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %479 = lshr <8 x i64> %478, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %480 = xor <8 x i64> %478, %479
  %481 = lshr <8 x i64> %480, <i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41>
  %482 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %481
  %483 = add <8 x i64> %482, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %484 = lshr <8 x i64> %480, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %485 = and <8 x i64> %484, <i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607>
  %486 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %485
  %487 = add <8 x i64> %486, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %488 = uitofp <8 x i64> %483 to <8 x float>
  %489 = fmul <8 x float> %488, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %490 = uitofp <8 x i64> %487 to <8 x float>
  %491 = fmul <8 x float> %490, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %492 = bitcast <8 x float> %489 to <8 x i32>
  %493 = lshr <8 x i32> %492, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %494 = sub <8 x i32> %493, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %495 = sitofp <8 x i32> %494 to <8 x float>
  %496 = and <8 x i32> %492, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %497 = or <8 x i32> %496, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %498 = bitcast <8 x i32> %497 to <8 x float>
  %499 = fcmp ogt <8 x float> %498, <float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000>
  %500 = fmul <8 x float> %498, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %501 = select <8 x i1> %499, <8 x float> %500, <8 x float> %498
  %502 = fadd <8 x float> %495, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %503 = select <8 x i1> %499, <8 x float> %502, <8 x float> %495
  %504 = fadd <8 x float> %501, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %505 = fsub <8 x float> %501, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %506 = fdiv <8 x float> %505, %504
  %507 = fmul <8 x float> %506, %506
  %508 = call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>, <8 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>)
  %509 = call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %507, <8 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>)
  %510 = call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %507, <8 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>)
  %511 = call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %507, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %512 = fmul <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %506
  %513 = fmul <8 x float> %512, %511
  %514 = call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>, <8 x float> %513)
  %515 = fmul <8 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %514
  %516 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %515)
  %517 = fcmp olt <8 x float> %491, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %518 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %491
  %519 = select <8 x i1> %517, <8 x float> %491, <8 x float> %518
  %520 = fsub <8 x float> %519, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %521 = fmul <8 x float> %520, <float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000>
  %522 = fmul <8 x float> %521, %521
  %523 = call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> <float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000>, <8 x float> <float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000>)
  %524 = call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %522, <8 x float> <float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000>)
  %525 = call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %522, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
  %526 = call <8 x float> @llvm.fma.v8f32(<8 x float> %525, <8 x float> %522, <8 x float> <float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000>)
  %527 = fmul <8 x float> %521, %522
  %528 = call <8 x float> @llvm.fma.v8f32(<8 x float> %527, <8 x float> %526, <8 x float> %521)
  %529 = fneg <8 x float> %528
  %530 = fmul <8 x float> %516, %529
  %531 = insertelement <8 x float> undef, float %421, i32 0
  %532 = shufflevector <8 x float> %531, <8 x float> undef, <8 x i32> zeroinitializer
  %533 = fmul <8 x float> %532, %530
  %534 = fadd <8 x float> %467, %533
  store <8 x float> %534, ptr %19, align 32
  br label %join97

join97:                                           ; preds = %then96, %body93
  %535 = getelementptr float, ptr %params, i64 132096
  %536 = getelementptr float, ptr %535, i64 %i95
  %537 = load <8 x float>, ptr %536, align 4
  %538 = load <8 x float>, ptr %19, align 32
  %539 = fcmp oge <8 x float> %538, %537
  %540 = icmp slt <8 x i64> %465, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %541 = and <8 x i1> %539, %540
  %542 = uitofp <8 x i1> %541 to <8 x float>
  %543 = getelementptr float, ptr %432, i64 %i95
  %544 = fmul <8 x float> %542, <float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00>
  %545 = add i64 %first, %i91
  %546 = add i64 %seed, -7046029254386353131
  %547 = lshr i64 %546, 30
  %548 = xor i64 %546, %547
  %549 = mul i64 %548, -4658895280553007687
  %550 = lshr i64 %549, 27
  %551 = xor i64 %549, %550
  %552 = mul i64 %551, -7723592293110705685
  %553 = lshr i64 %552, 31
  %554 = xor i64 %552, %553
  %555 = add i64 %554, %step
  %556 = lshr i64 %555, 30
  %557 = xor i64 %555, %556
  %558 = mul i64 %557, -4658895280553007687
  %559 = lshr i64 %558, 27
  %560 = xor i64 %558, %559
  %561 = mul i64 %560, -7723592293110705685
  %562 = lshr i64 %561, 31
  %563 = xor i64 %561, %562
  %564 = or i64 -9223367638808264704, %545
  %565 = add i64 %563, %564
  %566 = lshr i64 %565, 30
  %567 = xor i64 %565, %566
  %568 = mul i64 %567, -4658895280553007687
  %569 = lshr i64 %568, 27
  %570 = xor i64 %568, %569
  %571 = mul i64 %570, -7723592293110705685
  %572 = lshr i64 %571, 31
  %573 = xor i64 %571, %572
  %574 = insertelement <8 x i64> undef, i64 %573, i32 0
  %575 = shufflevector <8 x i64> %574, <8 x i64> undef, <8 x i32> zeroinitializer
  %576 = mul <8 x i64> %465, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %577 = add <8 x i64> %575, %576
  %578 = lshr <8 x i64> %577, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %579 = xor <8 x i64> %577, %578
  %580 = mul <8 x i64> %579, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %581 = lshr <8 x i64> %580, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %582 = xor <8 x i64> %580, %581
  %583 = mul <8 x i64> %582, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %584 = lshr <8 x i64> %583, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %585 = xor <8 x i64> %583, %584
  %586 = lshr <8 x i64> %585, <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>
  %587 = icmp uge <8 x i64> %586, <i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443>
  %588 = select <8 x i1> %587, <8 x float> %544, <8 x float> zeroinitializer
  %589 = select i1 %train1, <8 x float> %588, <8 x float> %542
  store <8 x float> %589, ptr %543, align 4
  %590 = add i64 %i95, 8
  br label %loop92

then98:                                           ; preds = %join87
  %591 = getelementptr float, ptr %params, i64 132352
  %592 = load float, ptr %591, align 4
  %593 = fcmp ogt float %592, 0.000000e+00
  %594 = fneg float %592
  %595 = select i1 %593, float %594, float %592
  %596 = call float @llvm.exp.f32(float %595)
  %597 = fmul float 3.000000e+00, %596
  %598 = fadd float 1.000000e+00, %597
  %599 = fsub float 1.000000e+00, %596
  %600 = fdiv float %599, %598
  %601 = fadd float %596, 3.000000e+00
  %602 = fsub float %596, 1.000000e+00
  %603 = fdiv float %602, %601
  %604 = select i1 %593, float %600, float %603
  br label %loop100

join99:                                           ; preds = %done102, %join87
  %605 = icmp ult i32 6, %s1
  %606 = icmp ule i32 %s0, 6
  %607 = and i1 %606, %605
  br i1 %607, label %then116, label %join117

loop100:                                          ; preds = %done106, %then98
  %i103 = phi i64 [ %b0, %then98 ], [ %610, %done106 ]
  %608 = icmp slt i64 %i103, %b1
  br i1 %608, label %body101, label %done102

body101:                                          ; preds = %loop100
  br label %loop104

done102:                                          ; preds = %loop100
  br label %join99

loop104:                                          ; preds = %done110, %body101
  %i107 = phi i64 [ 0, %body101 ], [ %625, %done110 ]
  %609 = icmp slt i64 %i107, 1
  br i1 %609, label %body105, label %done106

body105:                                          ; preds = %loop104
  br label %loop108

done106:                                          ; preds = %loop104
  %610 = add i64 %i103, 1
  br label %loop100

loop108:                                          ; preds = %done114, %body105
  %i111 = phi i64 [ 0, %body105 ], [ %644, %done114 ]
  %611 = icmp slt i64 %i111, 4
  br i1 %611, label %body109, label %done110

body109:                                          ; preds = %loop108
  %612 = mul i64 %i107, 256
  %613 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i111
  %614 = load i32, ptr %613, align 4
  %615 = sext i32 %614 to i64
  %616 = mul i64 %615, 64
  %617 = add i64 %612, %616
  %618 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i111
  %619 = load i32, ptr %618, align 4
  %620 = sext i32 %619 to i64
  %621 = mul i64 %620, 64
  %622 = add i64 %612, %621
  %623 = mul i64 %i111, 64
  %624 = add i64 %612, %623
  br label %loop112

done110:                                          ; preds = %loop108
  %625 = add i64 %i107, 1
  br label %loop104

loop112:                                          ; preds = %body113, %body109
  %i115 = phi i64 [ 0, %body109 ], [ %643, %body113 ]
  %626 = icmp slt i64 %i115, 64
  br i1 %626, label %body113, label %done114

body113:                                          ; preds = %loop112
  %627 = add i64 %622, %i115
  %628 = add i64 %617, %i115
  %629 = add i64 %624, %i115
  %630 = mul i64 %i103, 2064
  %631 = add i64 %630, 1024
  %632 = getelementptr float, ptr %acts, i64 %631
  %633 = getelementptr float, ptr %632, i64 %627
  %634 = load float, ptr %633, align 4
  %635 = getelementptr float, ptr %632, i64 %628
  %636 = load float, ptr %635, align 4
  %637 = fsub float %636, %634
  %638 = mul i64 %i103, 2064
  %639 = add i64 %638, 1280
  %640 = getelementptr float, ptr %acts, i64 %639
  %641 = getelementptr float, ptr %640, i64 %629
  %642 = fmul float %604, %637
  store float %642, ptr %641, align 4
  %643 = add i64 %i115, 1
  br label %loop112

done114:                                          ; preds = %loop112
  %644 = add i64 %i111, 1
  br label %loop108

then116:                                          ; preds = %join99
  br i1 %bf16, label %then118, label %join119

join117:                                          ; preds = %done130, %join99
  %645 = icmp ult i32 7, %s1
  %646 = icmp ule i32 %s0, 7
  %647 = and i1 %646, %645
  br i1 %647, label %then172, label %join173

then118:                                          ; preds = %then116
  br label %loop120

join119:                                          ; preds = %done122, %then116
  br label %loop128

loop120:                                          ; preds = %done126, %then118
  %i123 = phi i64 [ %b0, %then118 ], [ %666, %done126 ]
  %648 = icmp slt i64 %i123, %b1
  br i1 %648, label %body121, label %done122

body121:                                          ; preds = %loop120
  %649 = mul i64 %i123, 2064
  %650 = add i64 %649, 1280
  %651 = getelementptr float, ptr %acts, i64 %650
  br label %loop124

done122:                                          ; preds = %loop120
  br label %join119

loop124:                                          ; preds = %body125, %body121
  %i127 = phi i64 [ 0, %body121 ], [ %665, %body125 ]
  %652 = icmp slt i64 %i127, 256
  br i1 %652, label %body125, label %done126

body125:                                          ; preds = %loop124
  %653 = getelementptr float, ptr %651, i64 %i127
  %654 = load <8 x float>, ptr %653, align 4
  %655 = bitcast <8 x float> %654 to <8 x i32>
  %656 = lshr <8 x i32> %655, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %657 = and <8 x i32> %656, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %658 = add <8 x i32> %657, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %659 = add <8 x i32> %655, %658
  %660 = fcmp uno <8 x float> %654, %654
  %661 = or <8 x i32> %655, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %662 = select <8 x i1> %660, <8 x i32> %661, <8 x i32> %659
  %663 = and <8 x i32> %662, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %664 = bitcast <8 x i32> %663 to <8 x float>
  store <8 x float> %664, ptr %653, align 4
  %665 = add i64 %i127, 8
  br label %loop124

done126:                                          ; preds = %loop124
  %666 = add i64 %i123, 1
  br label %loop120

loop128:                                          ; preds = %done134, %join119
  %i131 = phi i64 [ 0, %join119 ], [ %681, %done134 ]
  %667 = icmp slt i64 %i131, 1
  br i1 %667, label %body129, label %done130

body129:                                          ; preds = %loop128
  br label %loop132

done130:                                          ; preds = %loop128
  br label %join117

loop132:                                          ; preds = %done162, %body129
  %i135 = phi i64 [ 0, %body129 ], [ %915, %done162 ]
  %668 = icmp slt i64 %i135, 1
  br i1 %668, label %body133, label %done134

body133:                                          ; preds = %loop132
  %669 = mul i64 %i131, 1
  %670 = add i64 %669, %i135
  %671 = mul i64 %670, 65536
  %672 = add i64 67072, %671
  %673 = getelementptr float, ptr %gains, i64 %672
  %674 = sub i64 %b1, %b0
  %675 = sdiv i64 %674, 6
  %676 = mul i64 %675, 6
  %677 = add i64 %b0, %676
  %678 = sub i64 %b1, %677
  %679 = and i64 %678, -2
  %680 = add i64 %677, %679
  br label %loop136

done134:                                          ; preds = %loop132
  %681 = add i64 %i131, 1
  br label %loop128

loop136:                                          ; preds = %done142, %body133
  %i139 = phi i64 [ 0, %body133 ], [ %720, %done142 ]
  %682 = icmp slt i64 %i139, 256
  br i1 %682, label %body137, label %done138

body137:                                          ; preds = %loop136
  br label %loop140

done138:                                          ; preds = %loop136
  br label %loop148

loop140:                                          ; preds = %done146, %body137
  %i143 = phi i64 [ %b0, %body137 ], [ %847, %done146 ]
  %683 = icmp slt i64 %i143, %677
  br i1 %683, label %body141, label %done142

body141:                                          ; preds = %loop140
  %684 = mul i64 %i135, 256
  %685 = add i64 %i143, 0
  %686 = mul i64 %685, 2064
  %687 = add i64 %686, 1280
  %688 = getelementptr float, ptr %acts, i64 %687
  %689 = getelementptr float, ptr %688, i64 %684
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %690 = mul i64 %i135, 256
  %691 = add i64 %i143, 1
  %692 = mul i64 %691, 2064
  %693 = add i64 %692, 1280
  %694 = getelementptr float, ptr %acts, i64 %693
  %695 = getelementptr float, ptr %694, i64 %690
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %696 = mul i64 %i135, 256
  %697 = add i64 %i143, 2
  %698 = mul i64 %697, 2064
  %699 = add i64 %698, 1280
  %700 = getelementptr float, ptr %acts, i64 %699
  %701 = getelementptr float, ptr %700, i64 %696
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %702 = mul i64 %i135, 256
  %703 = add i64 %i143, 3
  %704 = mul i64 %703, 2064
  %705 = add i64 %704, 1280
  %706 = getelementptr float, ptr %acts, i64 %705
  %707 = getelementptr float, ptr %706, i64 %702
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %708 = mul i64 %i135, 256
  %709 = add i64 %i143, 4
  %710 = mul i64 %709, 2064
  %711 = add i64 %710, 1280
  %712 = getelementptr float, ptr %acts, i64 %711
  %713 = getelementptr float, ptr %712, i64 %708
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %714 = mul i64 %i135, 256
  %715 = add i64 %i143, 5
  %716 = mul i64 %715, 2064
  %717 = add i64 %716, 1280
  %718 = getelementptr float, ptr %acts, i64 %717
  %719 = getelementptr float, ptr %718, i64 %714
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  br label %loop144

done142:                                          ; preds = %loop140
  %720 = add i64 %i139, 16
  br label %loop136

loop144:                                          ; preds = %body145, %body141
  %i147 = phi i64 [ 0, %body141 ], [ %780, %body145 ]
  %721 = icmp slt i64 %i147, 256
  br i1 %721, label %body145, label %done146

body145:                                          ; preds = %loop144
  %722 = add i64 %i139, 0
  %723 = mul i64 %i147, 256
  %724 = add i64 %723, %722
  %725 = getelementptr float, ptr %673, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = add i64 %i139, 8
  %728 = mul i64 %i147, 256
  %729 = add i64 %728, %727
  %730 = getelementptr float, ptr %673, i64 %729
  %731 = load <8 x float>, ptr %730, align 4
  %732 = getelementptr float, ptr %689, i64 %i147
  %733 = load float, ptr %732, align 4
  %734 = insertelement <8 x float> undef, float %733, i32 0
  %735 = shufflevector <8 x float> %734, <8 x float> undef, <8 x i32> zeroinitializer
  %736 = load <8 x float>, ptr %18, align 32
  %737 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %726, <8 x float> %736)
  store <8 x float> %737, ptr %18, align 32
  %738 = load <8 x float>, ptr %17, align 32
  %739 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %735, <8 x float> %731, <8 x float> %738)
  store <8 x float> %739, ptr %17, align 32
  %740 = getelementptr float, ptr %695, i64 %i147
  %741 = load float, ptr %740, align 4
  %742 = insertelement <8 x float> undef, float %741, i32 0
  %743 = shufflevector <8 x float> %742, <8 x float> undef, <8 x i32> zeroinitializer
  %744 = load <8 x float>, ptr %16, align 32
  %745 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %743, <8 x float> %726, <8 x float> %744)
  store <8 x float> %745, ptr %16, align 32
  %746 = load <8 x float>, ptr %15, align 32
  %747 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %743, <8 x float> %731, <8 x float> %746)
  store <8 x float> %747, ptr %15, align 32
  %748 = getelementptr float, ptr %701, i64 %i147
  %749 = load float, ptr %748, align 4
  %750 = insertelement <8 x float> undef, float %749, i32 0
  %751 = shufflevector <8 x float> %750, <8 x float> undef, <8 x i32> zeroinitializer
  %752 = load <8 x float>, ptr %14, align 32
  %753 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %751, <8 x float> %726, <8 x float> %752)
  store <8 x float> %753, ptr %14, align 32
  %754 = load <8 x float>, ptr %13, align 32
  %755 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %751, <8 x float> %731, <8 x float> %754)
  store <8 x float> %755, ptr %13, align 32
  %756 = getelementptr float, ptr %707, i64 %i147
  %757 = load float, ptr %756, align 4
  %758 = insertelement <8 x float> undef, float %757, i32 0
  %759 = shufflevector <8 x float> %758, <8 x float> undef, <8 x i32> zeroinitializer
  %760 = load <8 x float>, ptr %12, align 32
  %761 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %759, <8 x float> %726, <8 x float> %760)
  store <8 x float> %761, ptr %12, align 32
  %762 = load <8 x float>, ptr %11, align 32
  %763 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %759, <8 x float> %731, <8 x float> %762)
  store <8 x float> %763, ptr %11, align 32
  %764 = getelementptr float, ptr %713, i64 %i147
  %765 = load float, ptr %764, align 4
  %766 = insertelement <8 x float> undef, float %765, i32 0
  %767 = shufflevector <8 x float> %766, <8 x float> undef, <8 x i32> zeroinitializer
  %768 = load <8 x float>, ptr %10, align 32
  %769 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %767, <8 x float> %726, <8 x float> %768)
  store <8 x float> %769, ptr %10, align 32
  %770 = load <8 x float>, ptr %9, align 32
  %771 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %767, <8 x float> %731, <8 x float> %770)
  store <8 x float> %771, ptr %9, align 32
  %772 = getelementptr float, ptr %719, i64 %i147
  %773 = load float, ptr %772, align 4
  %774 = insertelement <8 x float> undef, float %773, i32 0
  %775 = shufflevector <8 x float> %774, <8 x float> undef, <8 x i32> zeroinitializer
  %776 = load <8 x float>, ptr %8, align 32
  %777 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %775, <8 x float> %726, <8 x float> %776)
  store <8 x float> %777, ptr %8, align 32
  %778 = load <8 x float>, ptr %7, align 32
  %779 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %775, <8 x float> %731, <8 x float> %778)
  store <8 x float> %779, ptr %7, align 32
  %780 = add i64 %i147, 1
  br label %loop144

done146:                                          ; preds = %loop144
  %781 = mul i64 %670, 256
  %782 = add i64 %781, %i139
  %783 = add i64 %i143, 0
  %784 = mul i64 %783, 2064
  %785 = add i64 %784, 1536
  %786 = getelementptr float, ptr %acts, i64 %785
  %787 = getelementptr float, ptr %786, i64 %782
  %788 = getelementptr float, ptr %787, i64 0
  %789 = load <8 x float>, ptr %18, align 32
  store <8 x float> %789, ptr %788, align 4
  %790 = getelementptr float, ptr %787, i64 8
  %791 = load <8 x float>, ptr %17, align 32
  store <8 x float> %791, ptr %790, align 4
  %792 = mul i64 %670, 256
  %793 = add i64 %792, %i139
  %794 = add i64 %i143, 1
  %795 = mul i64 %794, 2064
  %796 = add i64 %795, 1536
  %797 = getelementptr float, ptr %acts, i64 %796
  %798 = getelementptr float, ptr %797, i64 %793
  %799 = getelementptr float, ptr %798, i64 0
  %800 = load <8 x float>, ptr %16, align 32
  store <8 x float> %800, ptr %799, align 4
  %801 = getelementptr float, ptr %798, i64 8
  %802 = load <8 x float>, ptr %15, align 32
  store <8 x float> %802, ptr %801, align 4
  %803 = mul i64 %670, 256
  %804 = add i64 %803, %i139
  %805 = add i64 %i143, 2
  %806 = mul i64 %805, 2064
  %807 = add i64 %806, 1536
  %808 = getelementptr float, ptr %acts, i64 %807
  %809 = getelementptr float, ptr %808, i64 %804
  %810 = getelementptr float, ptr %809, i64 0
  %811 = load <8 x float>, ptr %14, align 32
  store <8 x float> %811, ptr %810, align 4
  %812 = getelementptr float, ptr %809, i64 8
  %813 = load <8 x float>, ptr %13, align 32
  store <8 x float> %813, ptr %812, align 4
  %814 = mul i64 %670, 256
  %815 = add i64 %814, %i139
  %816 = add i64 %i143, 3
  %817 = mul i64 %816, 2064
  %818 = add i64 %817, 1536
  %819 = getelementptr float, ptr %acts, i64 %818
  %820 = getelementptr float, ptr %819, i64 %815
  %821 = getelementptr float, ptr %820, i64 0
  %822 = load <8 x float>, ptr %12, align 32
  store <8 x float> %822, ptr %821, align 4
  %823 = getelementptr float, ptr %820, i64 8
  %824 = load <8 x float>, ptr %11, align 32
  store <8 x float> %824, ptr %823, align 4
  %825 = mul i64 %670, 256
  %826 = add i64 %825, %i139
  %827 = add i64 %i143, 4
  %828 = mul i64 %827, 2064
  %829 = add i64 %828, 1536
  %830 = getelementptr float, ptr %acts, i64 %829
  %831 = getelementptr float, ptr %830, i64 %826
  %832 = getelementptr float, ptr %831, i64 0
  %833 = load <8 x float>, ptr %10, align 32
  store <8 x float> %833, ptr %832, align 4
  %834 = getelementptr float, ptr %831, i64 8
  %835 = load <8 x float>, ptr %9, align 32
  store <8 x float> %835, ptr %834, align 4
  %836 = mul i64 %670, 256
  %837 = add i64 %836, %i139
  %838 = add i64 %i143, 5
  %839 = mul i64 %838, 2064
  %840 = add i64 %839, 1536
  %841 = getelementptr float, ptr %acts, i64 %840
  %842 = getelementptr float, ptr %841, i64 %837
  %843 = getelementptr float, ptr %842, i64 0
  %844 = load <8 x float>, ptr %8, align 32
  store <8 x float> %844, ptr %843, align 4
  %845 = getelementptr float, ptr %842, i64 8
  %846 = load <8 x float>, ptr %7, align 32
  store <8 x float> %846, ptr %845, align 4
  %847 = add i64 %i143, 6
  br label %loop140

loop148:                                          ; preds = %done154, %done138
  %i151 = phi i64 [ 0, %done138 ], [ %862, %done154 ]
  %848 = icmp slt i64 %i151, 256
  br i1 %848, label %body149, label %done150

body149:                                          ; preds = %loop148
  br label %loop152

done150:                                          ; preds = %loop148
  br label %loop160

loop152:                                          ; preds = %done158, %body149
  %i155 = phi i64 [ %677, %body149 ], [ %913, %done158 ]
  %849 = icmp slt i64 %i155, %680
  br i1 %849, label %body153, label %done154

body153:                                          ; preds = %loop152
  %850 = mul i64 %i135, 256
  %851 = add i64 %i155, 0
  %852 = mul i64 %851, 2064
  %853 = add i64 %852, 1280
  %854 = getelementptr float, ptr %acts, i64 %853
  %855 = getelementptr float, ptr %854, i64 %850
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %856 = mul i64 %i135, 256
  %857 = add i64 %i155, 1
  %858 = mul i64 %857, 2064
  %859 = add i64 %858, 1280
  %860 = getelementptr float, ptr %acts, i64 %859
  %861 = getelementptr float, ptr %860, i64 %856
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop156

done154:                                          ; preds = %loop152
  %862 = add i64 %i151, 16
  br label %loop148

loop156:                                          ; preds = %body157, %body153
  %i159 = phi i64 [ 0, %body153 ], [ %890, %body157 ]
  %863 = icmp slt i64 %i159, 256
  br i1 %863, label %body157, label %done158

body157:                                          ; preds = %loop156
  %864 = add i64 %i151, 0
  %865 = mul i64 %i159, 256
  %866 = add i64 %865, %864
  %867 = getelementptr float, ptr %673, i64 %866
  %868 = load <8 x float>, ptr %867, align 4
  %869 = add i64 %i151, 8
  %870 = mul i64 %i159, 256
  %871 = add i64 %870, %869
  %872 = getelementptr float, ptr %673, i64 %871
  %873 = load <8 x float>, ptr %872, align 4
  %874 = getelementptr float, ptr %855, i64 %i159
  %875 = load float, ptr %874, align 4
  %876 = insertelement <8 x float> undef, float %875, i32 0
  %877 = shufflevector <8 x float> %876, <8 x float> undef, <8 x i32> zeroinitializer
  %878 = load <8 x float>, ptr %6, align 32
  %879 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %877, <8 x float> %868, <8 x float> %878)
  store <8 x float> %879, ptr %6, align 32
  %880 = load <8 x float>, ptr %5, align 32
  %881 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %877, <8 x float> %873, <8 x float> %880)
  store <8 x float> %881, ptr %5, align 32
  %882 = getelementptr float, ptr %861, i64 %i159
  %883 = load float, ptr %882, align 4
  %884 = insertelement <8 x float> undef, float %883, i32 0
  %885 = shufflevector <8 x float> %884, <8 x float> undef, <8 x i32> zeroinitializer
  %886 = load <8 x float>, ptr %4, align 32
  %887 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %885, <8 x float> %868, <8 x float> %886)
  store <8 x float> %887, ptr %4, align 32
  %888 = load <8 x float>, ptr %3, align 32
  %889 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %885, <8 x float> %873, <8 x float> %888)
  store <8 x float> %889, ptr %3, align 32
  %890 = add i64 %i159, 1
  br label %loop156

done158:                                          ; preds = %loop156
  %891 = mul i64 %670, 256
  %892 = add i64 %891, %i151
  %893 = add i64 %i155, 0
  %894 = mul i64 %893, 2064
  %895 = add i64 %894, 1536
  %896 = getelementptr float, ptr %acts, i64 %895
  %897 = getelementptr float, ptr %896, i64 %892
  %898 = getelementptr float, ptr %897, i64 0
  %899 = load <8 x float>, ptr %6, align 32
  store <8 x float> %899, ptr %898, align 4
  %900 = getelementptr float, ptr %897, i64 8
  %901 = load <8 x float>, ptr %5, align 32
  store <8 x float> %901, ptr %900, align 4
  %902 = mul i64 %670, 256
  %903 = add i64 %902, %i151
  %904 = add i64 %i155, 1
  %905 = mul i64 %904, 2064
  %906 = add i64 %905, 1536
  %907 = getelementptr float, ptr %acts, i64 %906
  %908 = getelementptr float, ptr %907, i64 %903
  %909 = getelementptr float, ptr %908, i64 0
  %910 = load <8 x float>, ptr %4, align 32
  store <8 x float> %910, ptr %909, align 4
  %911 = getelementptr float, ptr %908, i64 8
  %912 = load <8 x float>, ptr %3, align 32
  store <8 x float> %912, ptr %911, align 4
  %913 = add i64 %i155, 2
  br label %loop152

loop160:                                          ; preds = %done166, %done150
  %i163 = phi i64 [ 0, %done150 ], [ %923, %done166 ]
  %914 = icmp slt i64 %i163, 256
  br i1 %914, label %body161, label %done162

body161:                                          ; preds = %loop160
  br label %loop164

done162:                                          ; preds = %loop160
  %915 = add i64 %i135, 1
  br label %loop132

loop164:                                          ; preds = %done170, %body161
  %i167 = phi i64 [ %680, %body161 ], [ %955, %done170 ]
  %916 = icmp slt i64 %i167, %b1
  br i1 %916, label %body165, label %done166

body165:                                          ; preds = %loop164
  %917 = mul i64 %i135, 256
  %918 = add i64 %i167, 0
  %919 = mul i64 %918, 2064
  %920 = add i64 %919, 1280
  %921 = getelementptr float, ptr %acts, i64 %920
  %922 = getelementptr float, ptr %921, i64 %917
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop168

done166:                                          ; preds = %loop164
  %923 = add i64 %i163, 16
  br label %loop160

loop168:                                          ; preds = %body169, %body165
  %i171 = phi i64 [ 0, %body165 ], [ %943, %body169 ]
  %924 = icmp slt i64 %i171, 256
  br i1 %924, label %body169, label %done170

body169:                                          ; preds = %loop168
  %925 = add i64 %i163, 0
  %926 = mul i64 %i171, 256
  %927 = add i64 %926, %925
  %928 = getelementptr float, ptr %673, i64 %927
  %929 = load <8 x float>, ptr %928, align 4
  %930 = add i64 %i163, 8
  %931 = mul i64 %i171, 256
  %932 = add i64 %931, %930
  %933 = getelementptr float, ptr %673, i64 %932
  %934 = load <8 x float>, ptr %933, align 4
  %935 = getelementptr float, ptr %922, i64 %i171
  %936 = load float, ptr %935, align 4
  %937 = insertelement <8 x float> undef, float %936, i32 0
  %938 = shufflevector <8 x float> %937, <8 x float> undef, <8 x i32> zeroinitializer
  %939 = load <8 x float>, ptr %2, align 32
  %940 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %938, <8 x float> %929, <8 x float> %939)
  store <8 x float> %940, ptr %2, align 32
  %941 = load <8 x float>, ptr %1, align 32
  %942 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %938, <8 x float> %934, <8 x float> %941)
  store <8 x float> %942, ptr %1, align 32
  %943 = add i64 %i171, 1
  br label %loop168

done170:                                          ; preds = %loop168
  %944 = mul i64 %670, 256
  %945 = add i64 %944, %i163
  %946 = add i64 %i167, 0
  %947 = mul i64 %946, 2064
  %948 = add i64 %947, 1536
  %949 = getelementptr float, ptr %acts, i64 %948
  %950 = getelementptr float, ptr %949, i64 %945
  %951 = getelementptr float, ptr %950, i64 0
  %952 = load <8 x float>, ptr %2, align 32
  store <8 x float> %952, ptr %951, align 4
  %953 = getelementptr float, ptr %950, i64 8
  %954 = load <8 x float>, ptr %1, align 32
  store <8 x float> %954, ptr %953, align 4
  %955 = add i64 %i167, 1
  br label %loop164

then172:                                          ; preds = %join117
  br label %loop174

join173:                                          ; preds = %done176, %join117
  %956 = icmp ult i32 8, %s1
  %957 = icmp ule i32 %s0, 8
  %958 = and i1 %957, %956
  br i1 %958, label %then190, label %join191

loop174:                                          ; preds = %done180, %then172
  %i177 = phi i64 [ %b0, %then172 ], [ %967, %done180 ]
  %959 = icmp slt i64 %i177, %b1
  br i1 %959, label %body175, label %done176

body175:                                          ; preds = %loop174
  %960 = mul i64 %i177, 2064
  %961 = add i64 %960, 1536
  %962 = getelementptr float, ptr %acts, i64 %961
  %963 = mul i64 %i177, 2064
  %964 = add i64 %963, 1792
  %965 = getelementptr float, ptr %acts, i64 %964
  br label %loop178

done176:                                          ; preds = %loop174
  br label %join173

loop178:                                          ; preds = %done184, %body175
  %i181 = phi i64 [ 0, %body175 ], [ %969, %done184 ]
  %966 = icmp slt i64 %i181, 1
  br i1 %966, label %body179, label %done180

body179:                                          ; preds = %loop178
  br label %loop182

done180:                                          ; preds = %loop178
  %967 = add i64 %i177, 1
  br label %loop174

loop182:                                          ; preds = %done188, %body179
  %i185 = phi i64 [ 0, %body179 ], [ %990, %done188 ]
  %968 = icmp slt i64 %i185, 256
  br i1 %968, label %body183, label %done184

body183:                                          ; preds = %loop182
  store float 0.000000e+00, ptr %0, align 4
  br label %loop186

done184:                                          ; preds = %loop182
  %969 = add i64 %i181, 1
  br label %loop178

loop186:                                          ; preds = %body187, %body183
  %i189 = phi i64 [ 0, %body183 ], [ %979, %body187 ]
  %970 = icmp slt i64 %i189, 1
  br i1 %970, label %body187, label %done188

body187:                                          ; preds = %loop186
  %971 = mul i64 %i181, 1
  %972 = add i64 %971, %i189
  %973 = mul i64 %972, 256
  %974 = add i64 %973, %i185
  %975 = getelementptr float, ptr %962, i64 %974
  %976 = load float, ptr %975, align 4
  %977 = load float, ptr %0, align 4
  %978 = fadd float %977, %976
  store float %978, ptr %0, align 4
  %979 = add i64 %i189, 1
  br label %loop186

done188:                                          ; preds = %loop186
  %980 = mul i64 %i181, 256
  %981 = add i64 %980, %i185
  %982 = add i64 1280, %981
  %983 = getelementptr float, ptr %gains, i64 %982
  %984 = load float, ptr %983, align 4
  %985 = load float, ptr %0, align 4
  %986 = fmul float %985, %984
  %987 = icmp slt i64 %981, 4
  %988 = getelementptr float, ptr %965, i64 %981
  %989 = select i1 %987, float %986, float 0.000000e+00
  store float %989, ptr %988, align 4
  %990 = add i64 %i185, 1
  br label %loop182

then190:                                          ; preds = %join173
  br label %loop192

join191:                                          ; preds = %done194, %join173
  ret void

loop192:                                          ; preds = %done198, %then190
  %i195 = phi i64 [ %b0, %then190 ], [ %1003, %done198 ]
  %991 = icmp slt i64 %i195, %b1
  br i1 %991, label %body193, label %done194

body193:                                          ; preds = %loop192
  br label %loop196

done194:                                          ; preds = %loop192
  br label %join191

loop196:                                          ; preds = %body197, %body193
  %i199 = phi i64 [ 0, %body193 ], [ %1002, %body197 ]
  %992 = icmp slt i64 %i199, 4
  br i1 %992, label %body197, label %done198

body197:                                          ; preds = %loop196
  %993 = mul i64 %i195, 2064
  %994 = add i64 %993, 2048
  %995 = getelementptr float, ptr %acts, i64 %994
  %996 = getelementptr float, ptr %995, i64 %i199
  %997 = mul i64 %i195, 2064
  %998 = add i64 %997, 1792
  %999 = getelementptr float, ptr %acts, i64 %998
  %1000 = getelementptr float, ptr %999, i64 %i199
  %1001 = load float, ptr %1000, align 4
  store float %1001, ptr %996, align 4
  %1002 = add i64 %i199, 1
  br label %loop196

done198:                                          ; preds = %loop196
  %1003 = add i64 %i195, 1
  br label %loop192
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 4.000000e+00
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 2064
  %9 = add i64 %8, 2048
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 2064
  %12 = add i64 %11, 2048
  %13 = getelementptr float, ptr %dacts, i64 %12
  %14 = getelementptr i32, ptr %labels, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = load float, ptr %10, align 4
  store float %17, ptr %3, align 4
  store i64 0, ptr %2, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %10, i64 %i4
  %20 = load float, ptr %19, align 4
  %21 = load float, ptr %3, align 4
  %22 = fcmp ogt float %20, %21
  %23 = load float, ptr %3, align 4
  %24 = select i1 %22, float %20, float %23
  store float %24, ptr %3, align 4
  %25 = load i64, ptr %2, align 4
  %26 = select i1 %22, i64 %i4, i64 %25
  store i64 %26, ptr %2, align 4
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load float, ptr %3, align 4
  store float 0.000000e+00, ptr %1, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %39, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = getelementptr float, ptr %10, i64 %i8
  %31 = load float, ptr %30, align 4
  %32 = fsub float %31, %28
  %33 = call float @llvm.exp.f32(float %32)
  %34 = getelementptr float, ptr %13, i64 %i8
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %35, %33
  store float %36, ptr %1, align 4
  %37 = load float, ptr %0, align 4
  %38 = fadd float %37, %31
  store float %38, ptr %0, align 4
  %39 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %40 = load float, ptr %1, align 4
  %41 = call float @llvm.log.f32(float %40)
  %42 = fadd float %28, %41
  %43 = getelementptr float, ptr %10, i64 %16
  %44 = load float, ptr %43, align 4
  %45 = fmul float %4, %44
  %46 = fsub float %42, %45
  %47 = load float, ptr %0, align 4
  %48 = fmul float %5, %47
  %49 = fsub float %46, %48
  %50 = getelementptr float, ptr %loss, i64 %i
  store float %49, ptr %50, align 4
  %51 = load i64, ptr %2, align 4
  %52 = icmp eq i64 %51, %16
  %53 = zext i1 %52 to i32
  %54 = getelementptr i32, ptr %correct, i64 %i
  store i32 %53, ptr %54, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %65, %body10 ]
  %55 = icmp slt i64 %i12, 4
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = getelementptr float, ptr %13, i64 %i12
  %57 = load float, ptr %56, align 4
  %58 = fdiv float %57, %40
  %59 = icmp eq i64 %i12, %16
  %60 = select i1 %59, float %4, float 0.000000e+00
  %61 = fadd float %60, %5
  %62 = getelementptr float, ptr %13, i64 %i12
  %63 = fsub float %58, %61
  %64 = fdiv float %63, %6
  store float %64, ptr %62, align 4
  %65 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %66 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec, i64 %seed, i64 %step, i64 %first, i32 %s0, i32 %s1) {
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
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %18 = icmp ult i32 8, %s1
  %19 = icmp ule i32 %s0, 8
  %20 = and i1 %19, %18
  br i1 %20, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  %21 = icmp ult i32 7, %s1
  %22 = icmp ule i32 %s0, 7
  %23 = and i1 %22, %21
  br i1 %23, label %then9, label %join10

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %b0, %then ], [ %39, %done7 ]
  %24 = icmp slt i64 %i, %b1
  br i1 %24, label %body, label %done

body:                                             ; preds = %loop
  %25 = mul i64 %i, 2064
  %26 = add i64 %25, 1792
  %27 = getelementptr float, ptr %dacts, i64 %26
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %28 = icmp slt i64 %i4, 256
  br i1 %28, label %body2, label %done3

body2:                                            ; preds = %loop1
  %29 = getelementptr float, ptr %27, i64 %i4
  store <8 x float> zeroinitializer, ptr %29, align 4
  %30 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %38, %body6 ]
  %31 = icmp slt i64 %i8, 4
  br i1 %31, label %body6, label %done7

body6:                                            ; preds = %loop5
  %32 = getelementptr float, ptr %27, i64 %i8
  %33 = mul i64 %i, 2064
  %34 = add i64 %33, 2048
  %35 = getelementptr float, ptr %dacts, i64 %34
  %36 = getelementptr float, ptr %35, i64 %i8
  %37 = load float, ptr %36, align 4
  store float %37, ptr %32, align 4
  %38 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %39 = add i64 %i, 1
  br label %loop

then9:                                            ; preds = %join
  br label %loop11

join10:                                           ; preds = %done13, %join
  %40 = icmp ult i32 6, %s1
  %41 = icmp ule i32 %s0, 6
  %42 = and i1 %41, %40
  br i1 %42, label %then27, label %join28

loop11:                                           ; preds = %done17, %then9
  %i14 = phi i64 [ %b0, %then9 ], [ %51, %done17 ]
  %43 = icmp slt i64 %i14, %b1
  br i1 %43, label %body12, label %done13

body12:                                           ; preds = %loop11
  %44 = mul i64 %i14, 2064
  %45 = add i64 %44, 1792
  %46 = getelementptr float, ptr %dacts, i64 %45
  %47 = mul i64 %i14, 2064
  %48 = add i64 %47, 1536
  %49 = getelementptr float, ptr %dacts, i64 %48
  br label %loop15

done13:                                           ; preds = %loop11
  br label %join10

loop15:                                           ; preds = %done21, %body12
  %i18 = phi i64 [ 0, %body12 ], [ %74, %done21 ]
  %50 = icmp slt i64 %i18, 1
  br i1 %50, label %body16, label %done17

body16:                                           ; preds = %loop15
  br label %loop19

done17:                                           ; preds = %loop15
  %51 = add i64 %i14, 1
  br label %loop11

loop19:                                           ; preds = %done25, %body16
  %i22 = phi i64 [ 0, %body16 ], [ %82, %done25 ]
  %52 = icmp slt i64 %i22, 256
  br i1 %52, label %body20, label %done21

body20:                                           ; preds = %loop19
  %53 = mul i64 %i18, 256
  %54 = add i64 %53, %i22
  %55 = getelementptr float, ptr %46, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = bitcast float %56 to i32
  %58 = lshr i32 %57, 16
  %59 = and i32 %58, 1
  %60 = add i32 %59, 32767
  %61 = add i32 %57, %60
  %62 = fcmp uno float %56, %56
  %63 = or i32 %57, 4194304
  %64 = select i1 %62, i32 %63, i32 %61
  %65 = and i32 %64, -65536
  %66 = bitcast i32 %65 to float
  %67 = select i1 %bf16, float %66, float %56
  store float %67, ptr %55, align 4
  %68 = add i64 1280, %54
  %69 = getelementptr float, ptr %gains, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = fmul float %67, %70
  %72 = icmp slt i64 %54, 4
  %73 = select i1 %72, float %71, float 0.000000e+00
  br label %loop23

done21:                                           ; preds = %loop19
  %74 = add i64 %i18, 1
  br label %loop15

loop23:                                           ; preds = %body24, %body20
  %i26 = phi i64 [ 0, %body20 ], [ %81, %body24 ]
  %75 = icmp slt i64 %i26, 1
  br i1 %75, label %body24, label %done25

body24:                                           ; preds = %loop23
  %76 = mul i64 %i18, 1
  %77 = add i64 %76, %i26
  %78 = mul i64 %77, 256
  %79 = add i64 %78, %i22
  %80 = getelementptr float, ptr %49, i64 %79
  store float %73, ptr %80, align 4
  %81 = add i64 %i26, 1
  br label %loop23

done25:                                           ; preds = %loop23
  %82 = add i64 %i22, 1
  br label %loop19

then27:                                           ; preds = %join10
  br label %loop29

join28:                                           ; preds = %done39, %join10
  %83 = icmp ult i32 5, %s1
  %84 = icmp ule i32 %s0, 5
  %85 = and i1 %84, %83
  br i1 %85, label %then87, label %join88

loop29:                                           ; preds = %done35, %then27
  %i32 = phi i64 [ %b0, %then27 ], [ %96, %done35 ]
  %86 = icmp slt i64 %i32, %b1
  br i1 %86, label %body30, label %done31

body30:                                           ; preds = %loop29
  %87 = mul i64 %i32, 2064
  %88 = add i64 %87, 1280
  %89 = getelementptr float, ptr %dacts, i64 %88
  br label %loop33

done31:                                           ; preds = %loop29
  %90 = getelementptr float, ptr %params, i64 132368
  %91 = getelementptr float, ptr %gains, i64 198144
  %92 = select i1 %bf16, ptr %91, ptr %90
  br label %loop37

loop33:                                           ; preds = %body34, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %95, %body34 ]
  %93 = icmp slt i64 %i36, 256
  br i1 %93, label %body34, label %done35

body34:                                           ; preds = %loop33
  %94 = getelementptr float, ptr %89, i64 %i36
  store <8 x float> zeroinitializer, ptr %94, align 4
  %95 = add i64 %i36, 8
  br label %loop33

done35:                                           ; preds = %loop33
  %96 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %done31
  %i40 = phi i64 [ 0, %done31 ], [ %112, %done43 ]
  %97 = icmp slt i64 %i40, 1
  br i1 %97, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  br label %join28

loop41:                                           ; preds = %done75, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %436, %done75 ]
  %98 = icmp slt i64 %i44, 1
  br i1 %98, label %body42, label %done43

body42:                                           ; preds = %loop41
  %99 = mul i64 %i40, 1
  %100 = add i64 %99, %i44
  %101 = mul i64 %100, 65536
  %102 = getelementptr float, ptr %92, i64 %101
  %103 = mul i64 %100, 256
  %104 = mul i64 %i40, 256
  %105 = sub i64 %b1, %b0
  %106 = sdiv i64 %105, 6
  %107 = mul i64 %106, 6
  %108 = add i64 %b0, %107
  %109 = sub i64 %b1, %108
  %110 = and i64 %109, -2
  %111 = add i64 %108, %110
  br label %loop45

done43:                                           ; preds = %loop41
  %112 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %241, %done51 ]
  %113 = icmp slt i64 %i48, 256
  br i1 %113, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  br label %loop59

loop49:                                           ; preds = %done55, %body46
  %i52 = phi i64 [ %b0, %body46 ], [ %286, %done55 ]
  %114 = icmp slt i64 %i52, %108
  br i1 %114, label %body50, label %done51

body50:                                           ; preds = %loop49
  %115 = mul i64 %i44, 256
  %116 = add i64 %115, %i48
  %117 = add i64 %i52, 0
  %118 = mul i64 %117, 2064
  %119 = add i64 %118, 1280
  %120 = getelementptr float, ptr %dacts, i64 %119
  %121 = getelementptr float, ptr %120, i64 %116
  %122 = add i64 %i52, 0
  %123 = mul i64 %122, 2064
  %124 = add i64 %123, 1536
  %125 = getelementptr float, ptr %dacts, i64 %124
  %126 = getelementptr float, ptr %125, i64 %103
  %127 = add i64 %i52, 0
  %128 = mul i64 %127, 2064
  %129 = add i64 %128, 1792
  %130 = getelementptr float, ptr %dacts, i64 %129
  %131 = getelementptr float, ptr %130, i64 %104
  %132 = getelementptr float, ptr %121, i64 0
  %133 = load <8 x float>, ptr %132, align 4
  store <8 x float> %133, ptr %17, align 32
  %134 = getelementptr float, ptr %121, i64 8
  %135 = load <8 x float>, ptr %134, align 4
  store <8 x float> %135, ptr %16, align 32
  %136 = mul i64 %i44, 256
  %137 = add i64 %136, %i48
  %138 = add i64 %i52, 1
  %139 = mul i64 %138, 2064
  %140 = add i64 %139, 1280
  %141 = getelementptr float, ptr %dacts, i64 %140
  %142 = getelementptr float, ptr %141, i64 %137
  %143 = add i64 %i52, 1
  %144 = mul i64 %143, 2064
  %145 = add i64 %144, 1536
  %146 = getelementptr float, ptr %dacts, i64 %145
  %147 = getelementptr float, ptr %146, i64 %103
  %148 = add i64 %i52, 1
  %149 = mul i64 %148, 2064
  %150 = add i64 %149, 1792
  %151 = getelementptr float, ptr %dacts, i64 %150
  %152 = getelementptr float, ptr %151, i64 %104
  %153 = getelementptr float, ptr %142, i64 0
  %154 = load <8 x float>, ptr %153, align 4
  store <8 x float> %154, ptr %15, align 32
  %155 = getelementptr float, ptr %142, i64 8
  %156 = load <8 x float>, ptr %155, align 4
  store <8 x float> %156, ptr %14, align 32
  %157 = mul i64 %i44, 256
  %158 = add i64 %157, %i48
  %159 = add i64 %i52, 2
  %160 = mul i64 %159, 2064
  %161 = add i64 %160, 1280
  %162 = getelementptr float, ptr %dacts, i64 %161
  %163 = getelementptr float, ptr %162, i64 %158
  %164 = add i64 %i52, 2
  %165 = mul i64 %164, 2064
  %166 = add i64 %165, 1536
  %167 = getelementptr float, ptr %dacts, i64 %166
  %168 = getelementptr float, ptr %167, i64 %103
  %169 = add i64 %i52, 2
  %170 = mul i64 %169, 2064
  %171 = add i64 %170, 1792
  %172 = getelementptr float, ptr %dacts, i64 %171
  %173 = getelementptr float, ptr %172, i64 %104
  %174 = getelementptr float, ptr %163, i64 0
  %175 = load <8 x float>, ptr %174, align 4
  store <8 x float> %175, ptr %13, align 32
  %176 = getelementptr float, ptr %163, i64 8
  %177 = load <8 x float>, ptr %176, align 4
  store <8 x float> %177, ptr %12, align 32
  %178 = mul i64 %i44, 256
  %179 = add i64 %178, %i48
  %180 = add i64 %i52, 3
  %181 = mul i64 %180, 2064
  %182 = add i64 %181, 1280
  %183 = getelementptr float, ptr %dacts, i64 %182
  %184 = getelementptr float, ptr %183, i64 %179
  %185 = add i64 %i52, 3
  %186 = mul i64 %185, 2064
  %187 = add i64 %186, 1536
  %188 = getelementptr float, ptr %dacts, i64 %187
  %189 = getelementptr float, ptr %188, i64 %103
  %190 = add i64 %i52, 3
  %191 = mul i64 %190, 2064
  %192 = add i64 %191, 1792
  %193 = getelementptr float, ptr %dacts, i64 %192
  %194 = getelementptr float, ptr %193, i64 %104
  %195 = getelementptr float, ptr %184, i64 0
  %196 = load <8 x float>, ptr %195, align 4
  store <8 x float> %196, ptr %11, align 32
  %197 = getelementptr float, ptr %184, i64 8
  %198 = load <8 x float>, ptr %197, align 4
  store <8 x float> %198, ptr %10, align 32
  %199 = mul i64 %i44, 256
  %200 = add i64 %199, %i48
  %201 = add i64 %i52, 4
  %202 = mul i64 %201, 2064
  %203 = add i64 %202, 1280
  %204 = getelementptr float, ptr %dacts, i64 %203
  %205 = getelementptr float, ptr %204, i64 %200
  %206 = add i64 %i52, 4
  %207 = mul i64 %206, 2064
  %208 = add i64 %207, 1536
  %209 = getelementptr float, ptr %dacts, i64 %208
  %210 = getelementptr float, ptr %209, i64 %103
  %211 = add i64 %i52, 4
  %212 = mul i64 %211, 2064
  %213 = add i64 %212, 1792
  %214 = getelementptr float, ptr %dacts, i64 %213
  %215 = getelementptr float, ptr %214, i64 %104
  %216 = getelementptr float, ptr %205, i64 0
  %217 = load <8 x float>, ptr %216, align 4
  store <8 x float> %217, ptr %9, align 32
  %218 = getelementptr float, ptr %205, i64 8
  %219 = load <8 x float>, ptr %218, align 4
  store <8 x float> %219, ptr %8, align 32
  %220 = mul i64 %i44, 256
  %221 = add i64 %220, %i48
  %222 = add i64 %i52, 5
  %223 = mul i64 %222, 2064
  %224 = add i64 %223, 1280
  %225 = getelementptr float, ptr %dacts, i64 %224
  %226 = getelementptr float, ptr %225, i64 %221
  %227 = add i64 %i52, 5
  %228 = mul i64 %227, 2064
  %229 = add i64 %228, 1536
  %230 = getelementptr float, ptr %dacts, i64 %229
  %231 = getelementptr float, ptr %230, i64 %103
  %232 = add i64 %i52, 5
  %233 = mul i64 %232, 2064
  %234 = add i64 %233, 1792
  %235 = getelementptr float, ptr %dacts, i64 %234
  %236 = getelementptr float, ptr %235, i64 %104
  %237 = getelementptr float, ptr %226, i64 0
  %238 = load <8 x float>, ptr %237, align 4
  store <8 x float> %238, ptr %7, align 32
  %239 = getelementptr float, ptr %226, i64 8
  %240 = load <8 x float>, ptr %239, align 4
  store <8 x float> %240, ptr %6, align 32
  br label %loop53

done51:                                           ; preds = %loop49
  %241 = add i64 %i48, 16
  br label %loop45

loop53:                                           ; preds = %join58, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %345, %join58 ]
  %242 = icmp slt i64 %i56, 256
  br i1 %242, label %body54, label %done55

body54:                                           ; preds = %loop53
  %243 = getelementptr float, ptr %131, i64 %i56
  %244 = getelementptr float, ptr %152, i64 %i56
  %245 = getelementptr float, ptr %173, i64 %i56
  %246 = getelementptr float, ptr %194, i64 %i56
  %247 = getelementptr float, ptr %215, i64 %i56
  %248 = getelementptr float, ptr %236, i64 %i56
  %249 = load i32, ptr %243, align 4
  %250 = load i32, ptr %244, align 4
  %251 = or i32 %249, %250
  %252 = load i32, ptr %245, align 4
  %253 = or i32 %251, %252
  %254 = load i32, ptr %246, align 4
  %255 = or i32 %253, %254
  %256 = load i32, ptr %247, align 4
  %257 = or i32 %255, %256
  %258 = load i32, ptr %248, align 4
  %259 = or i32 %257, %258
  %260 = shl i32 %259, 1
  %261 = icmp ne i32 %260, 0
  br i1 %261, label %then57, label %join58

done55:                                           ; preds = %loop53
  %262 = getelementptr float, ptr %121, i64 0
  %263 = load <8 x float>, ptr %17, align 32
  store <8 x float> %263, ptr %262, align 4
  %264 = getelementptr float, ptr %121, i64 8
  %265 = load <8 x float>, ptr %16, align 32
  store <8 x float> %265, ptr %264, align 4
  %266 = getelementptr float, ptr %142, i64 0
  %267 = load <8 x float>, ptr %15, align 32
  store <8 x float> %267, ptr %266, align 4
  %268 = getelementptr float, ptr %142, i64 8
  %269 = load <8 x float>, ptr %14, align 32
  store <8 x float> %269, ptr %268, align 4
  %270 = getelementptr float, ptr %163, i64 0
  %271 = load <8 x float>, ptr %13, align 32
  store <8 x float> %271, ptr %270, align 4
  %272 = getelementptr float, ptr %163, i64 8
  %273 = load <8 x float>, ptr %12, align 32
  store <8 x float> %273, ptr %272, align 4
  %274 = getelementptr float, ptr %184, i64 0
  %275 = load <8 x float>, ptr %11, align 32
  store <8 x float> %275, ptr %274, align 4
  %276 = getelementptr float, ptr %184, i64 8
  %277 = load <8 x float>, ptr %10, align 32
  store <8 x float> %277, ptr %276, align 4
  %278 = getelementptr float, ptr %205, i64 0
  %279 = load <8 x float>, ptr %9, align 32
  store <8 x float> %279, ptr %278, align 4
  %280 = getelementptr float, ptr %205, i64 8
  %281 = load <8 x float>, ptr %8, align 32
  store <8 x float> %281, ptr %280, align 4
  %282 = getelementptr float, ptr %226, i64 0
  %283 = load <8 x float>, ptr %7, align 32
  store <8 x float> %283, ptr %282, align 4
  %284 = getelementptr float, ptr %226, i64 8
  %285 = load <8 x float>, ptr %6, align 32
  store <8 x float> %285, ptr %284, align 4
  %286 = add i64 %i52, 6
  br label %loop49

then57:                                           ; preds = %body54
  %287 = getelementptr float, ptr %126, i64 %i56
  %288 = load float, ptr %287, align 4
  %289 = getelementptr float, ptr %147, i64 %i56
  %290 = load float, ptr %289, align 4
  %291 = getelementptr float, ptr %168, i64 %i56
  %292 = load float, ptr %291, align 4
  %293 = getelementptr float, ptr %189, i64 %i56
  %294 = load float, ptr %293, align 4
  %295 = getelementptr float, ptr %210, i64 %i56
  %296 = load float, ptr %295, align 4
  %297 = getelementptr float, ptr %231, i64 %i56
  %298 = load float, ptr %297, align 4
  %299 = add i64 %i48, 0
  %300 = mul i64 %i56, 256
  %301 = add i64 %300, %299
  %302 = getelementptr float, ptr %102, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = add i64 %i48, 8
  %305 = mul i64 %i56, 256
  %306 = add i64 %305, %304
  %307 = getelementptr float, ptr %102, i64 %306
  %308 = load <8 x float>, ptr %307, align 4
  %309 = insertelement <8 x float> undef, float %288, i32 0
  %310 = shufflevector <8 x float> %309, <8 x float> undef, <8 x i32> zeroinitializer
  %311 = load <8 x float>, ptr %17, align 32
  %312 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %303, <8 x float> %311)
  store <8 x float> %312, ptr %17, align 32
  %313 = load <8 x float>, ptr %16, align 32
  %314 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %310, <8 x float> %308, <8 x float> %313)
  store <8 x float> %314, ptr %16, align 32
  %315 = insertelement <8 x float> undef, float %290, i32 0
  %316 = shufflevector <8 x float> %315, <8 x float> undef, <8 x i32> zeroinitializer
  %317 = load <8 x float>, ptr %15, align 32
  %318 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %316, <8 x float> %303, <8 x float> %317)
  store <8 x float> %318, ptr %15, align 32
  %319 = load <8 x float>, ptr %14, align 32
  %320 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %316, <8 x float> %308, <8 x float> %319)
  store <8 x float> %320, ptr %14, align 32
  %321 = insertelement <8 x float> undef, float %292, i32 0
  %322 = shufflevector <8 x float> %321, <8 x float> undef, <8 x i32> zeroinitializer
  %323 = load <8 x float>, ptr %13, align 32
  %324 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %303, <8 x float> %323)
  store <8 x float> %324, ptr %13, align 32
  %325 = load <8 x float>, ptr %12, align 32
  %326 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %322, <8 x float> %308, <8 x float> %325)
  store <8 x float> %326, ptr %12, align 32
  %327 = insertelement <8 x float> undef, float %294, i32 0
  %328 = shufflevector <8 x float> %327, <8 x float> undef, <8 x i32> zeroinitializer
  %329 = load <8 x float>, ptr %11, align 32
  %330 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %303, <8 x float> %329)
  store <8 x float> %330, ptr %11, align 32
  %331 = load <8 x float>, ptr %10, align 32
  %332 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %328, <8 x float> %308, <8 x float> %331)
  store <8 x float> %332, ptr %10, align 32
  %333 = insertelement <8 x float> undef, float %296, i32 0
  %334 = shufflevector <8 x float> %333, <8 x float> undef, <8 x i32> zeroinitializer
  %335 = load <8 x float>, ptr %9, align 32
  %336 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %334, <8 x float> %303, <8 x float> %335)
  store <8 x float> %336, ptr %9, align 32
  %337 = load <8 x float>, ptr %8, align 32
  %338 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %334, <8 x float> %308, <8 x float> %337)
  store <8 x float> %338, ptr %8, align 32
  %339 = insertelement <8 x float> undef, float %298, i32 0
  %340 = shufflevector <8 x float> %339, <8 x float> undef, <8 x i32> zeroinitializer
  %341 = load <8 x float>, ptr %7, align 32
  %342 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %340, <8 x float> %303, <8 x float> %341)
  store <8 x float> %342, ptr %7, align 32
  %343 = load <8 x float>, ptr %6, align 32
  %344 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %340, <8 x float> %308, <8 x float> %343)
  store <8 x float> %344, ptr %6, align 32
  br label %join58

join58:                                           ; preds = %then57, %body54
  %345 = add i64 %i56, 1
  br label %loop53

loop59:                                           ; preds = %done65, %done47
  %i62 = phi i64 [ 0, %done47 ], [ %390, %done65 ]
  %346 = icmp slt i64 %i62, 256
  br i1 %346, label %body60, label %done61

body60:                                           ; preds = %loop59
  br label %loop63

done61:                                           ; preds = %loop59
  br label %loop73

loop63:                                           ; preds = %done69, %body60
  %i66 = phi i64 [ %108, %body60 ], [ %407, %done69 ]
  %347 = icmp slt i64 %i66, %111
  br i1 %347, label %body64, label %done65

body64:                                           ; preds = %loop63
  %348 = mul i64 %i44, 256
  %349 = add i64 %348, %i62
  %350 = add i64 %i66, 0
  %351 = mul i64 %350, 2064
  %352 = add i64 %351, 1280
  %353 = getelementptr float, ptr %dacts, i64 %352
  %354 = getelementptr float, ptr %353, i64 %349
  %355 = add i64 %i66, 0
  %356 = mul i64 %355, 2064
  %357 = add i64 %356, 1536
  %358 = getelementptr float, ptr %dacts, i64 %357
  %359 = getelementptr float, ptr %358, i64 %103
  %360 = add i64 %i66, 0
  %361 = mul i64 %360, 2064
  %362 = add i64 %361, 1792
  %363 = getelementptr float, ptr %dacts, i64 %362
  %364 = getelementptr float, ptr %363, i64 %104
  %365 = getelementptr float, ptr %354, i64 0
  %366 = load <8 x float>, ptr %365, align 4
  store <8 x float> %366, ptr %5, align 32
  %367 = getelementptr float, ptr %354, i64 8
  %368 = load <8 x float>, ptr %367, align 4
  store <8 x float> %368, ptr %4, align 32
  %369 = mul i64 %i44, 256
  %370 = add i64 %369, %i62
  %371 = add i64 %i66, 1
  %372 = mul i64 %371, 2064
  %373 = add i64 %372, 1280
  %374 = getelementptr float, ptr %dacts, i64 %373
  %375 = getelementptr float, ptr %374, i64 %370
  %376 = add i64 %i66, 1
  %377 = mul i64 %376, 2064
  %378 = add i64 %377, 1536
  %379 = getelementptr float, ptr %dacts, i64 %378
  %380 = getelementptr float, ptr %379, i64 %103
  %381 = add i64 %i66, 1
  %382 = mul i64 %381, 2064
  %383 = add i64 %382, 1792
  %384 = getelementptr float, ptr %dacts, i64 %383
  %385 = getelementptr float, ptr %384, i64 %104
  %386 = getelementptr float, ptr %375, i64 0
  %387 = load <8 x float>, ptr %386, align 4
  store <8 x float> %387, ptr %3, align 32
  %388 = getelementptr float, ptr %375, i64 8
  %389 = load <8 x float>, ptr %388, align 4
  store <8 x float> %389, ptr %2, align 32
  br label %loop67

done65:                                           ; preds = %loop63
  %390 = add i64 %i62, 16
  br label %loop59

loop67:                                           ; preds = %join72, %body64
  %i70 = phi i64 [ 0, %body64 ], [ %434, %join72 ]
  %391 = icmp slt i64 %i70, 256
  br i1 %391, label %body68, label %done69

body68:                                           ; preds = %loop67
  %392 = getelementptr float, ptr %364, i64 %i70
  %393 = getelementptr float, ptr %385, i64 %i70
  %394 = load i32, ptr %392, align 4
  %395 = load i32, ptr %393, align 4
  %396 = or i32 %394, %395
  %397 = shl i32 %396, 1
  %398 = icmp ne i32 %397, 0
  br i1 %398, label %then71, label %join72

done69:                                           ; preds = %loop67
  %399 = getelementptr float, ptr %354, i64 0
  %400 = load <8 x float>, ptr %5, align 32
  store <8 x float> %400, ptr %399, align 4
  %401 = getelementptr float, ptr %354, i64 8
  %402 = load <8 x float>, ptr %4, align 32
  store <8 x float> %402, ptr %401, align 4
  %403 = getelementptr float, ptr %375, i64 0
  %404 = load <8 x float>, ptr %3, align 32
  store <8 x float> %404, ptr %403, align 4
  %405 = getelementptr float, ptr %375, i64 8
  %406 = load <8 x float>, ptr %2, align 32
  store <8 x float> %406, ptr %405, align 4
  %407 = add i64 %i66, 2
  br label %loop63

then71:                                           ; preds = %body68
  %408 = getelementptr float, ptr %359, i64 %i70
  %409 = load float, ptr %408, align 4
  %410 = getelementptr float, ptr %380, i64 %i70
  %411 = load float, ptr %410, align 4
  %412 = add i64 %i62, 0
  %413 = mul i64 %i70, 256
  %414 = add i64 %413, %412
  %415 = getelementptr float, ptr %102, i64 %414
  %416 = load <8 x float>, ptr %415, align 4
  %417 = add i64 %i62, 8
  %418 = mul i64 %i70, 256
  %419 = add i64 %418, %417
  %420 = getelementptr float, ptr %102, i64 %419
  %421 = load <8 x float>, ptr %420, align 4
  %422 = insertelement <8 x float> undef, float %409, i32 0
  %423 = shufflevector <8 x float> %422, <8 x float> undef, <8 x i32> zeroinitializer
  %424 = load <8 x float>, ptr %5, align 32
  %425 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %423, <8 x float> %416, <8 x float> %424)
  store <8 x float> %425, ptr %5, align 32
  %426 = load <8 x float>, ptr %4, align 32
  %427 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %423, <8 x float> %421, <8 x float> %426)
  store <8 x float> %427, ptr %4, align 32
  %428 = insertelement <8 x float> undef, float %411, i32 0
  %429 = shufflevector <8 x float> %428, <8 x float> undef, <8 x i32> zeroinitializer
  %430 = load <8 x float>, ptr %3, align 32
  %431 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %429, <8 x float> %416, <8 x float> %430)
  store <8 x float> %431, ptr %3, align 32
  %432 = load <8 x float>, ptr %2, align 32
  %433 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %429, <8 x float> %421, <8 x float> %432)
  store <8 x float> %433, ptr %2, align 32
  br label %join72

join72:                                           ; preds = %then71, %body68
  %434 = add i64 %i70, 1
  br label %loop67

loop73:                                           ; preds = %done79, %done61
  %i76 = phi i64 [ 0, %done61 ], [ %459, %done79 ]
  %435 = icmp slt i64 %i76, 256
  br i1 %435, label %body74, label %done75

body74:                                           ; preds = %loop73
  br label %loop77

done75:                                           ; preds = %loop73
  %436 = add i64 %i44, 1
  br label %loop41

loop77:                                           ; preds = %done83, %body74
  %i80 = phi i64 [ %111, %body74 ], [ %469, %done83 ]
  %437 = icmp slt i64 %i80, %b1
  br i1 %437, label %body78, label %done79

body78:                                           ; preds = %loop77
  %438 = mul i64 %i44, 256
  %439 = add i64 %438, %i76
  %440 = add i64 %i80, 0
  %441 = mul i64 %440, 2064
  %442 = add i64 %441, 1280
  %443 = getelementptr float, ptr %dacts, i64 %442
  %444 = getelementptr float, ptr %443, i64 %439
  %445 = add i64 %i80, 0
  %446 = mul i64 %445, 2064
  %447 = add i64 %446, 1536
  %448 = getelementptr float, ptr %dacts, i64 %447
  %449 = getelementptr float, ptr %448, i64 %103
  %450 = add i64 %i80, 0
  %451 = mul i64 %450, 2064
  %452 = add i64 %451, 1792
  %453 = getelementptr float, ptr %dacts, i64 %452
  %454 = getelementptr float, ptr %453, i64 %104
  %455 = getelementptr float, ptr %444, i64 0
  %456 = load <8 x float>, ptr %455, align 4
  store <8 x float> %456, ptr %1, align 32
  %457 = getelementptr float, ptr %444, i64 8
  %458 = load <8 x float>, ptr %457, align 4
  store <8 x float> %458, ptr %0, align 32
  br label %loop81

done79:                                           ; preds = %loop77
  %459 = add i64 %i76, 16
  br label %loop73

loop81:                                           ; preds = %join86, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %488, %join86 ]
  %460 = icmp slt i64 %i84, 256
  br i1 %460, label %body82, label %done83

body82:                                           ; preds = %loop81
  %461 = getelementptr float, ptr %454, i64 %i84
  %462 = load i32, ptr %461, align 4
  %463 = shl i32 %462, 1
  %464 = icmp ne i32 %463, 0
  br i1 %464, label %then85, label %join86

done83:                                           ; preds = %loop81
  %465 = getelementptr float, ptr %444, i64 0
  %466 = load <8 x float>, ptr %1, align 32
  store <8 x float> %466, ptr %465, align 4
  %467 = getelementptr float, ptr %444, i64 8
  %468 = load <8 x float>, ptr %0, align 32
  store <8 x float> %468, ptr %467, align 4
  %469 = add i64 %i80, 1
  br label %loop77

then85:                                           ; preds = %body82
  %470 = getelementptr float, ptr %449, i64 %i84
  %471 = load float, ptr %470, align 4
  %472 = add i64 %i76, 0
  %473 = mul i64 %i84, 256
  %474 = add i64 %473, %472
  %475 = getelementptr float, ptr %102, i64 %474
  %476 = load <8 x float>, ptr %475, align 4
  %477 = add i64 %i76, 8
  %478 = mul i64 %i84, 256
  %479 = add i64 %478, %477
  %480 = getelementptr float, ptr %102, i64 %479
  %481 = load <8 x float>, ptr %480, align 4
  %482 = insertelement <8 x float> undef, float %471, i32 0
  %483 = shufflevector <8 x float> %482, <8 x float> undef, <8 x i32> zeroinitializer
  %484 = load <8 x float>, ptr %1, align 32
  %485 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %483, <8 x float> %476, <8 x float> %484)
  store <8 x float> %485, ptr %1, align 32
  %486 = load <8 x float>, ptr %0, align 32
  %487 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %483, <8 x float> %481, <8 x float> %486)
  store <8 x float> %487, ptr %0, align 32
  br label %join86

join86:                                           ; preds = %then85, %body82
  %488 = add i64 %i84, 1
  br label %loop81

then87:                                           ; preds = %join28
  br label %loop89

join88:                                           ; preds = %done99, %join28
  %489 = icmp ult i32 4, %s1
  %490 = icmp ule i32 %s0, 4
  %491 = and i1 %490, %489
  br i1 %491, label %then113, label %join114

loop89:                                           ; preds = %done95, %then87
  %i92 = phi i64 [ %b0, %then87 ], [ %513, %done95 ]
  %492 = icmp slt i64 %i92, %b1
  br i1 %492, label %body90, label %done91

body90:                                           ; preds = %loop89
  %493 = mul i64 %i92, 2064
  %494 = add i64 %493, 1024
  %495 = getelementptr float, ptr %dacts, i64 %494
  br label %loop93

done91:                                           ; preds = %loop89
  %496 = getelementptr float, ptr %params, i64 132352
  %497 = load float, ptr %496, align 4
  %498 = fcmp ogt float %497, 0.000000e+00
  %499 = fneg float %497
  %500 = select i1 %498, float %499, float %497
  %501 = call float @llvm.exp.f32(float %500)
  %502 = fmul float 3.000000e+00, %501
  %503 = fadd float 1.000000e+00, %502
  %504 = fsub float 1.000000e+00, %501
  %505 = fdiv float %504, %503
  %506 = fadd float %501, 3.000000e+00
  %507 = fsub float %501, 1.000000e+00
  %508 = fdiv float %507, %506
  %509 = select i1 %498, float %505, float %508
  br label %loop97

loop93:                                           ; preds = %body94, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %512, %body94 ]
  %510 = icmp slt i64 %i96, 256
  br i1 %510, label %body94, label %done95

body94:                                           ; preds = %loop93
  %511 = getelementptr float, ptr %495, i64 %i96
  store <8 x float> zeroinitializer, ptr %511, align 4
  %512 = add i64 %i96, 8
  br label %loop93

done95:                                           ; preds = %loop93
  %513 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %done91
  %i100 = phi i64 [ %b0, %done91 ], [ %516, %done103 ]
  %514 = icmp slt i64 %i100, %b1
  br i1 %514, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  br label %join88

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %531, %done107 ]
  %515 = icmp slt i64 %i104, 1
  br i1 %515, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %516 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %552, %done111 ]
  %517 = icmp slt i64 %i108, 4
  br i1 %517, label %body106, label %done107

body106:                                          ; preds = %loop105
  %518 = mul i64 %i104, 256
  %519 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i108
  %520 = load i32, ptr %519, align 4
  %521 = sext i32 %520 to i64
  %522 = mul i64 %521, 64
  %523 = add i64 %518, %522
  %524 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i108
  %525 = load i32, ptr %524, align 4
  %526 = sext i32 %525 to i64
  %527 = mul i64 %526, 64
  %528 = add i64 %518, %527
  %529 = mul i64 %i108, 64
  %530 = add i64 %518, %529
  br label %loop109

done107:                                          ; preds = %loop105
  %531 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %551, %body110 ]
  %532 = icmp slt i64 %i112, 64
  br i1 %532, label %body110, label %done111

body110:                                          ; preds = %loop109
  %533 = add i64 %528, %i112
  %534 = add i64 %523, %i112
  %535 = add i64 %530, %i112
  %536 = mul i64 %i100, 2064
  %537 = add i64 %536, 1024
  %538 = getelementptr float, ptr %dacts, i64 %537
  %539 = mul i64 %i100, 2064
  %540 = add i64 %539, 1280
  %541 = getelementptr float, ptr %dacts, i64 %540
  %542 = getelementptr float, ptr %541, i64 %535
  %543 = load float, ptr %542, align 4
  %544 = fmul float %509, %543
  %545 = getelementptr float, ptr %538, i64 %534
  %546 = getelementptr float, ptr %538, i64 %533
  %547 = load float, ptr %545, align 4
  %548 = fadd float %547, %544
  store float %548, ptr %545, align 4
  %549 = load float, ptr %546, align 4
  %550 = fsub float %549, %544
  store float %550, ptr %546, align 4
  %551 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %552 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %join88
  br label %loop115

join114:                                          ; preds = %done117, %join88
  %553 = icmp ult i32 3, %s1
  %554 = icmp ule i32 %s0, 3
  %555 = and i1 %554, %553
  br i1 %555, label %then123, label %join124

loop115:                                          ; preds = %done121, %then113
  %i118 = phi i64 [ %b0, %then113 ], [ %632, %done121 ]
  %556 = icmp slt i64 %i118, %b1
  br i1 %556, label %body116, label %done117

body116:                                          ; preds = %loop115
  %557 = mul i64 %i118, 2064
  %558 = add i64 %557, 768
  %559 = getelementptr float, ptr %dacts, i64 %558
  %560 = mul i64 %i118, 2064
  %561 = add i64 %560, 1024
  %562 = getelementptr float, ptr %dacts, i64 %561
  br label %loop119

done117:                                          ; preds = %loop115
  br label %join114

loop119:                                          ; preds = %body120, %body116
  %i122 = phi i64 [ 0, %body116 ], [ %631, %body120 ]
  %563 = icmp slt i64 %i122, 256
  br i1 %563, label %body120, label %done121

body120:                                          ; preds = %loop119
  %564 = getelementptr float, ptr %562, i64 %i122
  %565 = load float, ptr %564, align 4
  %566 = fmul float %565, 1.250000e+00
  %567 = getelementptr float, ptr %562, i64 %i122
  %568 = add i64 %first, %i118
  %569 = add i64 %seed, -7046029254386353131
  %570 = lshr i64 %569, 30
  %571 = xor i64 %569, %570
  %572 = mul i64 %571, -4658895280553007687
  %573 = lshr i64 %572, 27
  %574 = xor i64 %572, %573
  %575 = mul i64 %574, -7723592293110705685
  %576 = lshr i64 %575, 31
  %577 = xor i64 %575, %576
  %578 = add i64 %577, %step
  %579 = lshr i64 %578, 30
  %580 = xor i64 %578, %579
  %581 = mul i64 %580, -4658895280553007687
  %582 = lshr i64 %581, 27
  %583 = xor i64 %581, %582
  %584 = mul i64 %583, -7723592293110705685
  %585 = lshr i64 %584, 31
  %586 = xor i64 %584, %585
  %587 = or i64 -9223367638808264704, %568
  %588 = add i64 %586, %587
  %589 = lshr i64 %588, 30
  %590 = xor i64 %588, %589
  %591 = mul i64 %590, -4658895280553007687
  %592 = lshr i64 %591, 27
  %593 = xor i64 %591, %592
  %594 = mul i64 %593, -7723592293110705685
  %595 = lshr i64 %594, 31
  %596 = xor i64 %594, %595
  %597 = mul i64 %i122, -7046029254386353131
  %598 = add i64 %596, %597
  %599 = lshr i64 %598, 30
  %600 = xor i64 %598, %599
  %601 = mul i64 %600, -4658895280553007687
  %602 = lshr i64 %601, 27
  %603 = xor i64 %601, %602
  %604 = mul i64 %603, -7723592293110705685
  %605 = lshr i64 %604, 31
  %606 = xor i64 %604, %605
  %607 = lshr i64 %606, 40
  %608 = icmp uge i64 %607, 3355443
  %609 = select i1 %608, float %566, float 0.000000e+00
  store float %609, ptr %567, align 4
  %610 = getelementptr float, ptr %559, i64 %i122
  %611 = mul i64 %i118, 2064
  %612 = add i64 %611, 768
  %613 = getelementptr float, ptr %acts, i64 %612
  %614 = getelementptr float, ptr %613, i64 %i122
  %615 = load float, ptr %614, align 4
  %616 = getelementptr float, ptr %params, i64 132096
  %617 = getelementptr float, ptr %616, i64 %i122
  %618 = load float, ptr %617, align 4
  %619 = fsub float %615, %618
  %620 = fcmp ole float %619, 1.000000e+00
  %621 = fcmp oge float %619, -1.000000e+00
  %622 = and i1 %621, %620
  %623 = icmp slt i64 %i122, 256
  %624 = and i1 %622, %623
  %625 = mul i64 %i118, 2064
  %626 = add i64 %625, 1024
  %627 = getelementptr float, ptr %dacts, i64 %626
  %628 = getelementptr float, ptr %627, i64 %i122
  %629 = load float, ptr %628, align 4
  %630 = select i1 %624, float %629, float 0.000000e+00
  store float %630, ptr %610, align 4
  %631 = add i64 %i122, 1
  br label %loop119

done121:                                          ; preds = %loop119
  %632 = add i64 %i118, 1
  br label %loop115

then123:                                          ; preds = %join114
  br label %join124

join124:                                          ; preds = %then123, %join114
  %633 = icmp ult i32 2, %s1
  %634 = icmp ule i32 %s0, 2
  %635 = and i1 %634, %633
  br i1 %635, label %then125, label %join126

then125:                                          ; preds = %join124
  br label %loop127

join126:                                          ; preds = %done129, %join124
  %636 = icmp ult i32 0, %s1
  %637 = icmp ule i32 %s0, 0
  %638 = and i1 %637, %636
  br i1 %638, label %then143, label %join144

loop127:                                          ; preds = %done133, %then125
  %i130 = phi i64 [ %b0, %then125 ], [ %647, %done133 ]
  %639 = icmp slt i64 %i130, %b1
  br i1 %639, label %body128, label %done129

body128:                                          ; preds = %loop127
  %640 = mul i64 %i130, 2064
  %641 = add i64 %640, 512
  %642 = getelementptr float, ptr %dacts, i64 %641
  %643 = mul i64 %i130, 2064
  %644 = add i64 %643, 256
  %645 = getelementptr float, ptr %dacts, i64 %644
  br label %loop131

done129:                                          ; preds = %loop127
  br label %join126

loop131:                                          ; preds = %done137, %body128
  %i134 = phi i64 [ 0, %body128 ], [ %670, %done137 ]
  %646 = icmp slt i64 %i134, 1
  br i1 %646, label %body132, label %done133

body132:                                          ; preds = %loop131
  br label %loop135

done133:                                          ; preds = %loop131
  %647 = add i64 %i130, 1
  br label %loop127

loop135:                                          ; preds = %done141, %body132
  %i138 = phi i64 [ 0, %body132 ], [ %678, %done141 ]
  %648 = icmp slt i64 %i138, 256
  br i1 %648, label %body136, label %done137

body136:                                          ; preds = %loop135
  %649 = mul i64 %i134, 256
  %650 = add i64 %649, %i138
  %651 = getelementptr float, ptr %642, i64 %650
  %652 = load float, ptr %651, align 4
  %653 = bitcast float %652 to i32
  %654 = lshr i32 %653, 16
  %655 = and i32 %654, 1
  %656 = add i32 %655, 32767
  %657 = add i32 %653, %656
  %658 = fcmp uno float %652, %652
  %659 = or i32 %653, 4194304
  %660 = select i1 %658, i32 %659, i32 %657
  %661 = and i32 %660, -65536
  %662 = bitcast i32 %661 to float
  %663 = select i1 %bf16, float %662, float %652
  store float %663, ptr %651, align 4
  %664 = add i64 1024, %650
  %665 = getelementptr float, ptr %gains, i64 %664
  %666 = load float, ptr %665, align 4
  %667 = fmul float %663, %666
  %668 = icmp slt i64 %650, 256
  %669 = select i1 %668, float %667, float 0.000000e+00
  br label %loop139

done137:                                          ; preds = %loop135
  %670 = add i64 %i134, 1
  br label %loop131

loop139:                                          ; preds = %body140, %body136
  %i142 = phi i64 [ 0, %body136 ], [ %677, %body140 ]
  %671 = icmp slt i64 %i142, 1
  br i1 %671, label %body140, label %done141

body140:                                          ; preds = %loop139
  %672 = mul i64 %i134, 1
  %673 = add i64 %672, %i142
  %674 = mul i64 %673, 256
  %675 = add i64 %674, %i138
  %676 = getelementptr float, ptr %645, i64 %675
  store float %669, ptr %676, align 4
  %677 = add i64 %i142, 1
  br label %loop139

done141:                                          ; preds = %loop139
  %678 = add i64 %i138, 1
  br label %loop135

then143:                                          ; preds = %join126
  br label %join144

join144:                                          ; preds = %then143, %join126
  ret void
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
  %39 = getelementptr float, ptr %grads, i64 65536
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ %34, %entry ], [ %54, %done3 ]
  %40 = icmp slt i64 %i, %38
  br i1 %40, label %body, label %done

body:                                             ; preds = %loop
  %41 = sub i64 %i, 0
  %42 = sdiv i64 %41, 256
  %43 = srem i64 %41, 256
  %44 = icmp slt i64 %41, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %73, %done7 ]
  %45 = icmp slt i64 %i4, %batch
  br i1 %45, label %body2, label %done3

body2:                                            ; preds = %loop1
  %46 = mul i64 %i4, 2064
  %47 = add i64 %46, 256
  %48 = getelementptr float, ptr %acts, i64 %47
  store float 0.000000e+00, ptr %31, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %49 = load float, ptr %32, align 4
  %50 = select i1 %44, float %49, float 0.000000e+00
  %51 = mul i64 %42, 65536
  %52 = add i64 %51, %43
  %53 = getelementptr float, ptr %39, i64 %52
  store float %50, ptr %53, align 4
  %54 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %64, %body6 ]
  %55 = icmp slt i64 %i8, 1
  br i1 %55, label %body6, label %done7

body6:                                            ; preds = %loop5
  %56 = mul i64 %42, 1
  %57 = add i64 %56, %i8
  %58 = mul i64 %57, 256
  %59 = add i64 %58, %43
  %60 = getelementptr float, ptr %48, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = load float, ptr %31, align 4
  %63 = fadd float %62, %61
  store float %63, ptr %31, align 4
  %64 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %65 = mul i64 %i4, 2064
  %66 = add i64 %65, 512
  %67 = getelementptr float, ptr %dacts, i64 %66
  %68 = getelementptr float, ptr %67, i64 %41
  %69 = load float, ptr %68, align 4
  %70 = load float, ptr %32, align 4
  %71 = load float, ptr %31, align 4
  %72 = call float @llvm.fmuladd.f32(float %69, float %71, float %70)
  store float %72, ptr %32, align 4
  %73 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ 1, %done ], [ %92, %done15 ]
  %74 = icmp slt i64 %i12, 256
  br i1 %74, label %body10, label %done11

body10:                                           ; preds = %loop9
  br label %loop13

done11:                                           ; preds = %loop9
  %75 = sub i64 %38, %34
  %76 = sdiv i64 %75, 24
  %77 = mul i64 %76, 24
  %78 = add i64 %34, %77
  %79 = getelementptr float, ptr %grads, i64 0
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %34, %body10 ], [ %91, %body14 ]
  %80 = icmp slt i64 %i16, %38
  br i1 %80, label %body14, label %done15

body14:                                           ; preds = %loop13
  %81 = sub i64 %i16, 0
  %82 = srem i64 %81, 256
  %83 = sdiv i64 %81, 256
  %84 = mul i64 %83, 65536
  %85 = add i64 %84, %82
  %86 = mul i64 %i12, 256
  %87 = add i64 %85, %86
  %88 = getelementptr float, ptr %39, i64 %87
  %89 = getelementptr float, ptr %39, i64 %85
  %90 = load float, ptr %89, align 4
  store float %90, ptr %88, align 4
  %91 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %92 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done11
  %i20 = phi i64 [ %34, %done11 ], [ %99, %done23 ]
  %93 = icmp slt i64 %i20, %78
  br i1 %93, label %body18, label %done19

body18:                                           ; preds = %loop17
  %94 = add i64 %i20, 96
  %95 = icmp slt i64 %94, %78
  %96 = select i1 %95, i64 %94, i64 %78
  br label %loop21

done19:                                           ; preds = %loop17
  %97 = getelementptr float, ptr %grads, i64 0
  br label %loop37

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %101, %done27 ]
  %98 = icmp slt i64 %i24, 1
  br i1 %98, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %99 = add i64 %i20, 96
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %104, %done31 ]
  %100 = icmp slt i64 %i28, 256
  br i1 %100, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %101 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %body26
  %i32 = phi i64 [ %i20, %body26 ], [ %474, %done35 ]
  %102 = icmp slt i64 %i32, %96
  br i1 %102, label %body30, label %done31

body30:                                           ; preds = %loop29
  %103 = sub i64 %i32, 0
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  br label %loop33

done31:                                           ; preds = %loop29
  %104 = add i64 %i28, 4
  br label %loop25

loop33:                                           ; preds = %join, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %521, %join ]
  %105 = icmp slt i64 %i36, %batch
  br i1 %105, label %body34, label %done35

body34:                                           ; preds = %loop33
  %106 = mul i64 %i36, 2064
  %107 = add i64 %106, 512
  %108 = getelementptr float, ptr %dacts, i64 %107
  %109 = getelementptr float, ptr %108, i64 %103
  %110 = add i64 %i36, 4
  %111 = mul i64 %110, 2064
  %112 = add i64 %111, 512
  %113 = getelementptr float, ptr %dacts, i64 %112
  %114 = getelementptr float, ptr %113, i64 %103
  call void @llvm.prefetch.p0(ptr %114, i32 0, i32 3, i32 1)
  %115 = mul i64 %i24, 256
  %116 = add i64 %115, %i28
  %117 = mul i64 %110, 2064
  %118 = add i64 %117, 0
  %119 = getelementptr float, ptr %acts, i64 %118
  %120 = getelementptr float, ptr %119, i64 %116
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 3, i32 1)
  %121 = getelementptr float, ptr %109, i64 0
  %122 = load <8 x float>, ptr %121, align 4
  %123 = bitcast <8 x float> %122 to <8 x i32>
  %124 = getelementptr float, ptr %109, i64 8
  %125 = load <8 x float>, ptr %124, align 4
  %126 = bitcast <8 x float> %125 to <8 x i32>
  %127 = or <8 x i32> %123, %126
  %128 = getelementptr float, ptr %109, i64 16
  %129 = load <8 x float>, ptr %128, align 4
  %130 = bitcast <8 x float> %129 to <8 x i32>
  %131 = or <8 x i32> %127, %130
  %132 = and <8 x i32> %131, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %133 = icmp ne <8 x i32> %132, zeroinitializer
  %134 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %133)
  br i1 %134, label %then, label %join

done35:                                           ; preds = %loop33
  %135 = add i64 %103, 0
  %136 = insertelement <8 x i64> undef, i64 %135, i32 0
  %137 = shufflevector <8 x i64> %136, <8 x i64> undef, <8 x i32> zeroinitializer
  %138 = add <8 x i64> %137, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %139 = icmp slt <8 x i64> %138, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %140 = add i64 1024, %135
  %141 = getelementptr float, ptr %gains, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = select <8 x i1> %139, <8 x float> %142, <8 x float> zeroinitializer
  %144 = load <8 x float>, ptr %30, align 32
  %145 = fmul <8 x float> %144, %143
  %146 = load <8 x float>, ptr %27, align 32
  %147 = fmul <8 x float> %146, %143
  %148 = load <8 x float>, ptr %24, align 32
  %149 = fmul <8 x float> %148, %143
  %150 = load <8 x float>, ptr %21, align 32
  %151 = fmul <8 x float> %150, %143
  %152 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %153 = shufflevector <8 x float> %145, <8 x float> %147, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %154 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %155 = shufflevector <8 x float> %149, <8 x float> %151, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %156 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %157 = shufflevector <8 x float> %152, <8 x float> %154, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %158 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %159 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %160 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %161 = add i64 %135, 0
  %162 = sdiv i64 %161, 256
  %163 = srem i64 %161, 256
  %164 = mul i64 %162, 1
  %165 = add i64 %164, %i24
  %166 = mul i64 %165, 256
  %167 = add i64 %166, %163
  %168 = mul i64 %167, 256
  %169 = add i64 %168, %i28
  %170 = getelementptr float, ptr %79, i64 %169
  store <4 x float> %160, ptr %170, align 4
  %171 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %172 = add i64 %135, 1
  %173 = sdiv i64 %172, 256
  %174 = srem i64 %172, 256
  %175 = mul i64 %173, 1
  %176 = add i64 %175, %i24
  %177 = mul i64 %176, 256
  %178 = add i64 %177, %174
  %179 = mul i64 %178, 256
  %180 = add i64 %179, %i28
  %181 = getelementptr float, ptr %79, i64 %180
  store <4 x float> %171, ptr %181, align 4
  %182 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %183 = add i64 %135, 2
  %184 = sdiv i64 %183, 256
  %185 = srem i64 %183, 256
  %186 = mul i64 %184, 1
  %187 = add i64 %186, %i24
  %188 = mul i64 %187, 256
  %189 = add i64 %188, %185
  %190 = mul i64 %189, 256
  %191 = add i64 %190, %i28
  %192 = getelementptr float, ptr %79, i64 %191
  store <4 x float> %182, ptr %192, align 4
  %193 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %194 = add i64 %135, 3
  %195 = sdiv i64 %194, 256
  %196 = srem i64 %194, 256
  %197 = mul i64 %195, 1
  %198 = add i64 %197, %i24
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %196
  %201 = mul i64 %200, 256
  %202 = add i64 %201, %i28
  %203 = getelementptr float, ptr %79, i64 %202
  store <4 x float> %193, ptr %203, align 4
  %204 = shufflevector <8 x float> %156, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %205 = add i64 %135, 4
  %206 = sdiv i64 %205, 256
  %207 = srem i64 %205, 256
  %208 = mul i64 %206, 1
  %209 = add i64 %208, %i24
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %207
  %212 = mul i64 %211, 256
  %213 = add i64 %212, %i28
  %214 = getelementptr float, ptr %79, i64 %213
  store <4 x float> %204, ptr %214, align 4
  %215 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %216 = add i64 %135, 5
  %217 = sdiv i64 %216, 256
  %218 = srem i64 %216, 256
  %219 = mul i64 %217, 1
  %220 = add i64 %219, %i24
  %221 = mul i64 %220, 256
  %222 = add i64 %221, %218
  %223 = mul i64 %222, 256
  %224 = add i64 %223, %i28
  %225 = getelementptr float, ptr %79, i64 %224
  store <4 x float> %215, ptr %225, align 4
  %226 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %227 = add i64 %135, 6
  %228 = sdiv i64 %227, 256
  %229 = srem i64 %227, 256
  %230 = mul i64 %228, 1
  %231 = add i64 %230, %i24
  %232 = mul i64 %231, 256
  %233 = add i64 %232, %229
  %234 = mul i64 %233, 256
  %235 = add i64 %234, %i28
  %236 = getelementptr float, ptr %79, i64 %235
  store <4 x float> %226, ptr %236, align 4
  %237 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %238 = add i64 %135, 7
  %239 = sdiv i64 %238, 256
  %240 = srem i64 %238, 256
  %241 = mul i64 %239, 1
  %242 = add i64 %241, %i24
  %243 = mul i64 %242, 256
  %244 = add i64 %243, %240
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i28
  %247 = getelementptr float, ptr %79, i64 %246
  store <4 x float> %237, ptr %247, align 4
  %248 = add i64 %103, 8
  %249 = insertelement <8 x i64> undef, i64 %248, i32 0
  %250 = shufflevector <8 x i64> %249, <8 x i64> undef, <8 x i32> zeroinitializer
  %251 = add <8 x i64> %250, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %252 = icmp slt <8 x i64> %251, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %253 = add i64 1024, %248
  %254 = getelementptr float, ptr %gains, i64 %253
  %255 = load <8 x float>, ptr %254, align 4
  %256 = select <8 x i1> %252, <8 x float> %255, <8 x float> zeroinitializer
  %257 = load <8 x float>, ptr %29, align 32
  %258 = fmul <8 x float> %257, %256
  %259 = load <8 x float>, ptr %26, align 32
  %260 = fmul <8 x float> %259, %256
  %261 = load <8 x float>, ptr %23, align 32
  %262 = fmul <8 x float> %261, %256
  %263 = load <8 x float>, ptr %20, align 32
  %264 = fmul <8 x float> %263, %256
  %265 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %266 = shufflevector <8 x float> %258, <8 x float> %260, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %267 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %268 = shufflevector <8 x float> %262, <8 x float> %264, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %269 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %270 = shufflevector <8 x float> %265, <8 x float> %267, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %271 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %272 = shufflevector <8 x float> %266, <8 x float> %268, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %273 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %274 = add i64 %248, 0
  %275 = sdiv i64 %274, 256
  %276 = srem i64 %274, 256
  %277 = mul i64 %275, 1
  %278 = add i64 %277, %i24
  %279 = mul i64 %278, 256
  %280 = add i64 %279, %276
  %281 = mul i64 %280, 256
  %282 = add i64 %281, %i28
  %283 = getelementptr float, ptr %79, i64 %282
  store <4 x float> %273, ptr %283, align 4
  %284 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %285 = add i64 %248, 1
  %286 = sdiv i64 %285, 256
  %287 = srem i64 %285, 256
  %288 = mul i64 %286, 1
  %289 = add i64 %288, %i24
  %290 = mul i64 %289, 256
  %291 = add i64 %290, %287
  %292 = mul i64 %291, 256
  %293 = add i64 %292, %i28
  %294 = getelementptr float, ptr %79, i64 %293
  store <4 x float> %284, ptr %294, align 4
  %295 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %296 = add i64 %248, 2
  %297 = sdiv i64 %296, 256
  %298 = srem i64 %296, 256
  %299 = mul i64 %297, 1
  %300 = add i64 %299, %i24
  %301 = mul i64 %300, 256
  %302 = add i64 %301, %298
  %303 = mul i64 %302, 256
  %304 = add i64 %303, %i28
  %305 = getelementptr float, ptr %79, i64 %304
  store <4 x float> %295, ptr %305, align 4
  %306 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %307 = add i64 %248, 3
  %308 = sdiv i64 %307, 256
  %309 = srem i64 %307, 256
  %310 = mul i64 %308, 1
  %311 = add i64 %310, %i24
  %312 = mul i64 %311, 256
  %313 = add i64 %312, %309
  %314 = mul i64 %313, 256
  %315 = add i64 %314, %i28
  %316 = getelementptr float, ptr %79, i64 %315
  store <4 x float> %306, ptr %316, align 4
  %317 = shufflevector <8 x float> %269, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %318 = add i64 %248, 4
  %319 = sdiv i64 %318, 256
  %320 = srem i64 %318, 256
  %321 = mul i64 %319, 1
  %322 = add i64 %321, %i24
  %323 = mul i64 %322, 256
  %324 = add i64 %323, %320
  %325 = mul i64 %324, 256
  %326 = add i64 %325, %i28
  %327 = getelementptr float, ptr %79, i64 %326
  store <4 x float> %317, ptr %327, align 4
  %328 = shufflevector <8 x float> %270, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %329 = add i64 %248, 5
  %330 = sdiv i64 %329, 256
  %331 = srem i64 %329, 256
  %332 = mul i64 %330, 1
  %333 = add i64 %332, %i24
  %334 = mul i64 %333, 256
  %335 = add i64 %334, %331
  %336 = mul i64 %335, 256
  %337 = add i64 %336, %i28
  %338 = getelementptr float, ptr %79, i64 %337
  store <4 x float> %328, ptr %338, align 4
  %339 = shufflevector <8 x float> %271, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %340 = add i64 %248, 6
  %341 = sdiv i64 %340, 256
  %342 = srem i64 %340, 256
  %343 = mul i64 %341, 1
  %344 = add i64 %343, %i24
  %345 = mul i64 %344, 256
  %346 = add i64 %345, %342
  %347 = mul i64 %346, 256
  %348 = add i64 %347, %i28
  %349 = getelementptr float, ptr %79, i64 %348
  store <4 x float> %339, ptr %349, align 4
  %350 = shufflevector <8 x float> %272, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = add i64 %248, 7
  %352 = sdiv i64 %351, 256
  %353 = srem i64 %351, 256
  %354 = mul i64 %352, 1
  %355 = add i64 %354, %i24
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %353
  %358 = mul i64 %357, 256
  %359 = add i64 %358, %i28
  %360 = getelementptr float, ptr %79, i64 %359
  store <4 x float> %350, ptr %360, align 4
  %361 = add i64 %103, 16
  %362 = insertelement <8 x i64> undef, i64 %361, i32 0
  %363 = shufflevector <8 x i64> %362, <8 x i64> undef, <8 x i32> zeroinitializer
  %364 = add <8 x i64> %363, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %365 = icmp slt <8 x i64> %364, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %366 = add i64 1024, %361
  %367 = getelementptr float, ptr %gains, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = select <8 x i1> %365, <8 x float> %368, <8 x float> zeroinitializer
  %370 = load <8 x float>, ptr %28, align 32
  %371 = fmul <8 x float> %370, %369
  %372 = load <8 x float>, ptr %25, align 32
  %373 = fmul <8 x float> %372, %369
  %374 = load <8 x float>, ptr %22, align 32
  %375 = fmul <8 x float> %374, %369
  %376 = load <8 x float>, ptr %19, align 32
  %377 = fmul <8 x float> %376, %369
  %378 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %379 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %380 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %381 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %382 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %383 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %384 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %385 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %386 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %387 = add i64 %361, 0
  %388 = sdiv i64 %387, 256
  %389 = srem i64 %387, 256
  %390 = mul i64 %388, 1
  %391 = add i64 %390, %i24
  %392 = mul i64 %391, 256
  %393 = add i64 %392, %389
  %394 = mul i64 %393, 256
  %395 = add i64 %394, %i28
  %396 = getelementptr float, ptr %79, i64 %395
  store <4 x float> %386, ptr %396, align 4
  %397 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %398 = add i64 %361, 1
  %399 = sdiv i64 %398, 256
  %400 = srem i64 %398, 256
  %401 = mul i64 %399, 1
  %402 = add i64 %401, %i24
  %403 = mul i64 %402, 256
  %404 = add i64 %403, %400
  %405 = mul i64 %404, 256
  %406 = add i64 %405, %i28
  %407 = getelementptr float, ptr %79, i64 %406
  store <4 x float> %397, ptr %407, align 4
  %408 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %409 = add i64 %361, 2
  %410 = sdiv i64 %409, 256
  %411 = srem i64 %409, 256
  %412 = mul i64 %410, 1
  %413 = add i64 %412, %i24
  %414 = mul i64 %413, 256
  %415 = add i64 %414, %411
  %416 = mul i64 %415, 256
  %417 = add i64 %416, %i28
  %418 = getelementptr float, ptr %79, i64 %417
  store <4 x float> %408, ptr %418, align 4
  %419 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = add i64 %361, 3
  %421 = sdiv i64 %420, 256
  %422 = srem i64 %420, 256
  %423 = mul i64 %421, 1
  %424 = add i64 %423, %i24
  %425 = mul i64 %424, 256
  %426 = add i64 %425, %422
  %427 = mul i64 %426, 256
  %428 = add i64 %427, %i28
  %429 = getelementptr float, ptr %79, i64 %428
  store <4 x float> %419, ptr %429, align 4
  %430 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %431 = add i64 %361, 4
  %432 = sdiv i64 %431, 256
  %433 = srem i64 %431, 256
  %434 = mul i64 %432, 1
  %435 = add i64 %434, %i24
  %436 = mul i64 %435, 256
  %437 = add i64 %436, %433
  %438 = mul i64 %437, 256
  %439 = add i64 %438, %i28
  %440 = getelementptr float, ptr %79, i64 %439
  store <4 x float> %430, ptr %440, align 4
  %441 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %442 = add i64 %361, 5
  %443 = sdiv i64 %442, 256
  %444 = srem i64 %442, 256
  %445 = mul i64 %443, 1
  %446 = add i64 %445, %i24
  %447 = mul i64 %446, 256
  %448 = add i64 %447, %444
  %449 = mul i64 %448, 256
  %450 = add i64 %449, %i28
  %451 = getelementptr float, ptr %79, i64 %450
  store <4 x float> %441, ptr %451, align 4
  %452 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %453 = add i64 %361, 6
  %454 = sdiv i64 %453, 256
  %455 = srem i64 %453, 256
  %456 = mul i64 %454, 1
  %457 = add i64 %456, %i24
  %458 = mul i64 %457, 256
  %459 = add i64 %458, %455
  %460 = mul i64 %459, 256
  %461 = add i64 %460, %i28
  %462 = getelementptr float, ptr %79, i64 %461
  store <4 x float> %452, ptr %462, align 4
  %463 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %464 = add i64 %361, 7
  %465 = sdiv i64 %464, 256
  %466 = srem i64 %464, 256
  %467 = mul i64 %465, 1
  %468 = add i64 %467, %i24
  %469 = mul i64 %468, 256
  %470 = add i64 %469, %466
  %471 = mul i64 %470, 256
  %472 = add i64 %471, %i28
  %473 = getelementptr float, ptr %79, i64 %472
  store <4 x float> %463, ptr %473, align 4
  %474 = add i64 %i32, 24
  br label %loop29

then:                                             ; preds = %body34
  %475 = mul i64 %i24, 256
  %476 = add i64 %475, %i28
  %477 = mul i64 %i36, 2064
  %478 = add i64 %477, 0
  %479 = getelementptr float, ptr %acts, i64 %478
  %480 = getelementptr float, ptr %479, i64 %476
  %481 = getelementptr float, ptr %480, i64 0
  %482 = load float, ptr %481, align 4
  %483 = getelementptr float, ptr %480, i64 1
  %484 = load float, ptr %483, align 4
  %485 = getelementptr float, ptr %480, i64 2
  %486 = load float, ptr %485, align 4
  %487 = getelementptr float, ptr %480, i64 3
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> undef, float %482, i32 0
  %490 = shufflevector <8 x float> %489, <8 x float> undef, <8 x i32> zeroinitializer
  %491 = load <8 x float>, ptr %30, align 32
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %122, <8 x float> %491)
  store <8 x float> %492, ptr %30, align 32
  %493 = load <8 x float>, ptr %29, align 32
  %494 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %125, <8 x float> %493)
  store <8 x float> %494, ptr %29, align 32
  %495 = load <8 x float>, ptr %28, align 32
  %496 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %129, <8 x float> %495)
  store <8 x float> %496, ptr %28, align 32
  %497 = insertelement <8 x float> undef, float %484, i32 0
  %498 = shufflevector <8 x float> %497, <8 x float> undef, <8 x i32> zeroinitializer
  %499 = load <8 x float>, ptr %27, align 32
  %500 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %122, <8 x float> %499)
  store <8 x float> %500, ptr %27, align 32
  %501 = load <8 x float>, ptr %26, align 32
  %502 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %125, <8 x float> %501)
  store <8 x float> %502, ptr %26, align 32
  %503 = load <8 x float>, ptr %25, align 32
  %504 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %498, <8 x float> %129, <8 x float> %503)
  store <8 x float> %504, ptr %25, align 32
  %505 = insertelement <8 x float> undef, float %486, i32 0
  %506 = shufflevector <8 x float> %505, <8 x float> undef, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %24, align 32
  %508 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %122, <8 x float> %507)
  store <8 x float> %508, ptr %24, align 32
  %509 = load <8 x float>, ptr %23, align 32
  %510 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %125, <8 x float> %509)
  store <8 x float> %510, ptr %23, align 32
  %511 = load <8 x float>, ptr %22, align 32
  %512 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %506, <8 x float> %129, <8 x float> %511)
  store <8 x float> %512, ptr %22, align 32
  %513 = insertelement <8 x float> undef, float %488, i32 0
  %514 = shufflevector <8 x float> %513, <8 x float> undef, <8 x i32> zeroinitializer
  %515 = load <8 x float>, ptr %21, align 32
  %516 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %122, <8 x float> %515)
  store <8 x float> %516, ptr %21, align 32
  %517 = load <8 x float>, ptr %20, align 32
  %518 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %125, <8 x float> %517)
  store <8 x float> %518, ptr %20, align 32
  %519 = load <8 x float>, ptr %19, align 32
  %520 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %514, <8 x float> %129, <8 x float> %519)
  store <8 x float> %520, ptr %19, align 32
  br label %join

join:                                             ; preds = %then, %body34
  %521 = add i64 %i36, 1
  br label %loop33

loop37:                                           ; preds = %done43, %done19
  %i40 = phi i64 [ 0, %done19 ], [ %531, %done43 ]
  %522 = icmp slt i64 %i40, 1
  br i1 %522, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  %523 = icmp sgt i64 %u0, 256
  %524 = select i1 %523, i64 %u0, i64 256
  %525 = icmp slt i64 %u1, 512
  %526 = select i1 %525, i64 %u1, i64 512
  %527 = icmp slt i64 %526, %524
  %528 = select i1 %527, i64 %524, i64 %526
  %529 = getelementptr float, ptr %grads, i64 197904
  br label %loop55

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %548, %done47 ]
  %530 = icmp slt i64 %i44, 256
  br i1 %530, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %531 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %78, %body42 ], [ %564, %done51 ]
  %532 = icmp slt i64 %i48, %38
  br i1 %532, label %body46, label %done47

body46:                                           ; preds = %loop45
  %533 = sub i64 %i48, 0
  %534 = sdiv i64 %533, 256
  %535 = srem i64 %533, 256
  %536 = icmp slt i64 %533, 256
  %537 = add i64 1024, %533
  %538 = getelementptr float, ptr %gains, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = select i1 %536, float %539, float 0.000000e+00
  %541 = mul i64 %534, 1
  %542 = add i64 %541, %i40
  %543 = mul i64 %542, 256
  %544 = add i64 %543, %535
  %545 = mul i64 %544, 256
  %546 = add i64 %545, %i44
  %547 = getelementptr float, ptr %97, i64 %546
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %548 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %581, %join54 ]
  %549 = icmp slt i64 %i52, %batch
  br i1 %549, label %body50, label %done51

body50:                                           ; preds = %loop49
  %550 = mul i64 %i52, 2064
  %551 = add i64 %550, 512
  %552 = getelementptr float, ptr %dacts, i64 %551
  %553 = getelementptr float, ptr %552, i64 %533
  %554 = load float, ptr %553, align 4
  %555 = fcmp une float %554, 0.000000e+00
  br i1 %555, label %then53, label %join54

done51:                                           ; preds = %loop49
  %556 = insertelement <8 x float> undef, float %540, i32 0
  %557 = shufflevector <8 x float> %556, <8 x float> undef, <8 x i32> zeroinitializer
  %558 = getelementptr float, ptr %547, i64 0
  %559 = load <8 x float>, ptr %18, align 32
  %560 = fmul <8 x float> %559, %557
  store <8 x float> %560, ptr %558, align 4
  %561 = getelementptr float, ptr %547, i64 8
  %562 = load <8 x float>, ptr %17, align 32
  %563 = fmul <8 x float> %562, %557
  store <8 x float> %563, ptr %561, align 4
  %564 = add i64 %i48, 1
  br label %loop45

then53:                                           ; preds = %body50
  %565 = mul i64 %i40, 256
  %566 = add i64 %565, %i44
  %567 = mul i64 %i52, 2064
  %568 = add i64 %567, 0
  %569 = getelementptr float, ptr %acts, i64 %568
  %570 = getelementptr float, ptr %569, i64 %566
  %571 = getelementptr float, ptr %570, i64 0
  %572 = load <8 x float>, ptr %571, align 4
  %573 = getelementptr float, ptr %570, i64 8
  %574 = load <8 x float>, ptr %573, align 4
  %575 = insertelement <8 x float> undef, float %554, i32 0
  %576 = shufflevector <8 x float> %575, <8 x float> undef, <8 x i32> zeroinitializer
  %577 = load <8 x float>, ptr %18, align 32
  %578 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %572, <8 x float> %577)
  store <8 x float> %578, ptr %18, align 32
  %579 = load <8 x float>, ptr %17, align 32
  %580 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %576, <8 x float> %574, <8 x float> %579)
  store <8 x float> %580, ptr %17, align 32
  br label %join54

join54:                                           ; preds = %then53, %body50
  %581 = add i64 %i52, 1
  br label %loop49

loop55:                                           ; preds = %done61, %done39
  %i58 = phi i64 [ %524, %done39 ], [ %596, %done61 ]
  %582 = icmp slt i64 %i58, %528
  br i1 %582, label %body56, label %done57

body56:                                           ; preds = %loop55
  %583 = sub i64 %i58, 256
  %584 = sdiv i64 %583, 256
  %585 = srem i64 %583, 256
  %586 = icmp slt i64 %583, 4
  store float 0.000000e+00, ptr %16, align 4
  br label %loop59

done57:                                           ; preds = %loop55
  br label %loop67

loop59:                                           ; preds = %done65, %body56
  %i62 = phi i64 [ 0, %body56 ], [ %615, %done65 ]
  %587 = icmp slt i64 %i62, %batch
  br i1 %587, label %body60, label %done61

body60:                                           ; preds = %loop59
  %588 = mul i64 %i62, 2064
  %589 = add i64 %588, 1536
  %590 = getelementptr float, ptr %acts, i64 %589
  store float 0.000000e+00, ptr %15, align 4
  br label %loop63

done61:                                           ; preds = %loop59
  %591 = load float, ptr %16, align 4
  %592 = select i1 %586, float %591, float 0.000000e+00
  %593 = mul i64 %584, 65536
  %594 = add i64 %593, %585
  %595 = getelementptr float, ptr %529, i64 %594
  store float %592, ptr %595, align 4
  %596 = add i64 %i58, 1
  br label %loop55

loop63:                                           ; preds = %body64, %body60
  %i66 = phi i64 [ 0, %body60 ], [ %606, %body64 ]
  %597 = icmp slt i64 %i66, 1
  br i1 %597, label %body64, label %done65

body64:                                           ; preds = %loop63
  %598 = mul i64 %584, 1
  %599 = add i64 %598, %i66
  %600 = mul i64 %599, 256
  %601 = add i64 %600, %585
  %602 = getelementptr float, ptr %590, i64 %601
  %603 = load float, ptr %602, align 4
  %604 = load float, ptr %15, align 4
  %605 = fadd float %604, %603
  store float %605, ptr %15, align 4
  %606 = add i64 %i66, 1
  br label %loop63

done65:                                           ; preds = %loop63
  %607 = mul i64 %i62, 2064
  %608 = add i64 %607, 1792
  %609 = getelementptr float, ptr %dacts, i64 %608
  %610 = getelementptr float, ptr %609, i64 %583
  %611 = load float, ptr %610, align 4
  %612 = load float, ptr %16, align 4
  %613 = load float, ptr %15, align 4
  %614 = call float @llvm.fmuladd.f32(float %611, float %613, float %612)
  store float %614, ptr %16, align 4
  %615 = add i64 %i62, 1
  br label %loop59

loop67:                                           ; preds = %done73, %done57
  %i70 = phi i64 [ 1, %done57 ], [ %634, %done73 ]
  %616 = icmp slt i64 %i70, 256
  br i1 %616, label %body68, label %done69

body68:                                           ; preds = %loop67
  br label %loop71

done69:                                           ; preds = %loop67
  %617 = sub i64 %528, %524
  %618 = sdiv i64 %617, 24
  %619 = mul i64 %618, 24
  %620 = add i64 %524, %619
  %621 = getelementptr float, ptr %grads, i64 132368
  br label %loop75

loop71:                                           ; preds = %body72, %body68
  %i74 = phi i64 [ %524, %body68 ], [ %633, %body72 ]
  %622 = icmp slt i64 %i74, %528
  br i1 %622, label %body72, label %done73

body72:                                           ; preds = %loop71
  %623 = sub i64 %i74, 256
  %624 = srem i64 %623, 256
  %625 = sdiv i64 %623, 256
  %626 = mul i64 %625, 65536
  %627 = add i64 %626, %624
  %628 = mul i64 %i70, 256
  %629 = add i64 %627, %628
  %630 = getelementptr float, ptr %529, i64 %629
  %631 = getelementptr float, ptr %529, i64 %627
  %632 = load float, ptr %631, align 4
  store float %632, ptr %630, align 4
  %633 = add i64 %i74, 1
  br label %loop71

done73:                                           ; preds = %loop71
  %634 = add i64 %i70, 1
  br label %loop67

loop75:                                           ; preds = %done81, %done69
  %i78 = phi i64 [ %524, %done69 ], [ %641, %done81 ]
  %635 = icmp slt i64 %i78, %620
  br i1 %635, label %body76, label %done77

body76:                                           ; preds = %loop75
  %636 = add i64 %i78, 96
  %637 = icmp slt i64 %636, %620
  %638 = select i1 %637, i64 %636, i64 %620
  br label %loop79

done77:                                           ; preds = %loop75
  %639 = getelementptr float, ptr %grads, i64 132368
  br label %loop97

loop79:                                           ; preds = %done85, %body76
  %i82 = phi i64 [ 0, %body76 ], [ %643, %done85 ]
  %640 = icmp slt i64 %i82, 1
  br i1 %640, label %body80, label %done81

body80:                                           ; preds = %loop79
  br label %loop83

done81:                                           ; preds = %loop79
  %641 = add i64 %i78, 96
  br label %loop75

loop83:                                           ; preds = %done89, %body80
  %i86 = phi i64 [ 0, %body80 ], [ %646, %done89 ]
  %642 = icmp slt i64 %i86, 256
  br i1 %642, label %body84, label %done85

body84:                                           ; preds = %loop83
  br label %loop87

done85:                                           ; preds = %loop83
  %643 = add i64 %i82, 1
  br label %loop79

loop87:                                           ; preds = %done93, %body84
  %i90 = phi i64 [ %i78, %body84 ], [ %1016, %done93 ]
  %644 = icmp slt i64 %i90, %638
  br i1 %644, label %body88, label %done89

body88:                                           ; preds = %loop87
  %645 = sub i64 %i90, 256
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop91

done89:                                           ; preds = %loop87
  %646 = add i64 %i86, 4
  br label %loop83

loop91:                                           ; preds = %join96, %body88
  %i94 = phi i64 [ 0, %body88 ], [ %1063, %join96 ]
  %647 = icmp slt i64 %i94, %batch
  br i1 %647, label %body92, label %done93

body92:                                           ; preds = %loop91
  %648 = mul i64 %i94, 2064
  %649 = add i64 %648, 1792
  %650 = getelementptr float, ptr %dacts, i64 %649
  %651 = getelementptr float, ptr %650, i64 %645
  %652 = add i64 %i94, 4
  %653 = mul i64 %652, 2064
  %654 = add i64 %653, 1792
  %655 = getelementptr float, ptr %dacts, i64 %654
  %656 = getelementptr float, ptr %655, i64 %645
  call void @llvm.prefetch.p0(ptr %656, i32 0, i32 3, i32 1)
  %657 = mul i64 %i82, 256
  %658 = add i64 %657, %i86
  %659 = mul i64 %652, 2064
  %660 = add i64 %659, 1280
  %661 = getelementptr float, ptr %acts, i64 %660
  %662 = getelementptr float, ptr %661, i64 %658
  call void @llvm.prefetch.p0(ptr %662, i32 0, i32 3, i32 1)
  %663 = getelementptr float, ptr %651, i64 0
  %664 = load <8 x float>, ptr %663, align 4
  %665 = bitcast <8 x float> %664 to <8 x i32>
  %666 = getelementptr float, ptr %651, i64 8
  %667 = load <8 x float>, ptr %666, align 4
  %668 = bitcast <8 x float> %667 to <8 x i32>
  %669 = or <8 x i32> %665, %668
  %670 = getelementptr float, ptr %651, i64 16
  %671 = load <8 x float>, ptr %670, align 4
  %672 = bitcast <8 x float> %671 to <8 x i32>
  %673 = or <8 x i32> %669, %672
  %674 = and <8 x i32> %673, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %675 = icmp ne <8 x i32> %674, zeroinitializer
  %676 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %675)
  br i1 %676, label %then95, label %join96

done93:                                           ; preds = %loop91
  %677 = add i64 %645, 0
  %678 = insertelement <8 x i64> undef, i64 %677, i32 0
  %679 = shufflevector <8 x i64> %678, <8 x i64> undef, <8 x i32> zeroinitializer
  %680 = add <8 x i64> %679, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %681 = icmp slt <8 x i64> %680, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %682 = add i64 1280, %677
  %683 = getelementptr float, ptr %gains, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = select <8 x i1> %681, <8 x float> %684, <8 x float> zeroinitializer
  %686 = load <8 x float>, ptr %14, align 32
  %687 = fmul <8 x float> %686, %685
  %688 = load <8 x float>, ptr %11, align 32
  %689 = fmul <8 x float> %688, %685
  %690 = load <8 x float>, ptr %8, align 32
  %691 = fmul <8 x float> %690, %685
  %692 = load <8 x float>, ptr %5, align 32
  %693 = fmul <8 x float> %692, %685
  %694 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %695 = shufflevector <8 x float> %687, <8 x float> %689, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %696 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %697 = shufflevector <8 x float> %691, <8 x float> %693, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %698 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %699 = shufflevector <8 x float> %694, <8 x float> %696, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %700 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %701 = shufflevector <8 x float> %695, <8 x float> %697, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %702 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %703 = add i64 %677, 0
  %704 = sdiv i64 %703, 256
  %705 = srem i64 %703, 256
  %706 = mul i64 %704, 1
  %707 = add i64 %706, %i82
  %708 = mul i64 %707, 256
  %709 = add i64 %708, %705
  %710 = mul i64 %709, 256
  %711 = add i64 %710, %i86
  %712 = getelementptr float, ptr %621, i64 %711
  store <4 x float> %702, ptr %712, align 4
  %713 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %714 = add i64 %677, 1
  %715 = sdiv i64 %714, 256
  %716 = srem i64 %714, 256
  %717 = mul i64 %715, 1
  %718 = add i64 %717, %i82
  %719 = mul i64 %718, 256
  %720 = add i64 %719, %716
  %721 = mul i64 %720, 256
  %722 = add i64 %721, %i86
  %723 = getelementptr float, ptr %621, i64 %722
  store <4 x float> %713, ptr %723, align 4
  %724 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %725 = add i64 %677, 2
  %726 = sdiv i64 %725, 256
  %727 = srem i64 %725, 256
  %728 = mul i64 %726, 1
  %729 = add i64 %728, %i82
  %730 = mul i64 %729, 256
  %731 = add i64 %730, %727
  %732 = mul i64 %731, 256
  %733 = add i64 %732, %i86
  %734 = getelementptr float, ptr %621, i64 %733
  store <4 x float> %724, ptr %734, align 4
  %735 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %736 = add i64 %677, 3
  %737 = sdiv i64 %736, 256
  %738 = srem i64 %736, 256
  %739 = mul i64 %737, 1
  %740 = add i64 %739, %i82
  %741 = mul i64 %740, 256
  %742 = add i64 %741, %738
  %743 = mul i64 %742, 256
  %744 = add i64 %743, %i86
  %745 = getelementptr float, ptr %621, i64 %744
  store <4 x float> %735, ptr %745, align 4
  %746 = shufflevector <8 x float> %698, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %747 = add i64 %677, 4
  %748 = sdiv i64 %747, 256
  %749 = srem i64 %747, 256
  %750 = mul i64 %748, 1
  %751 = add i64 %750, %i82
  %752 = mul i64 %751, 256
  %753 = add i64 %752, %749
  %754 = mul i64 %753, 256
  %755 = add i64 %754, %i86
  %756 = getelementptr float, ptr %621, i64 %755
  store <4 x float> %746, ptr %756, align 4
  %757 = shufflevector <8 x float> %699, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %758 = add i64 %677, 5
  %759 = sdiv i64 %758, 256
  %760 = srem i64 %758, 256
  %761 = mul i64 %759, 1
  %762 = add i64 %761, %i82
  %763 = mul i64 %762, 256
  %764 = add i64 %763, %760
  %765 = mul i64 %764, 256
  %766 = add i64 %765, %i86
  %767 = getelementptr float, ptr %621, i64 %766
  store <4 x float> %757, ptr %767, align 4
  %768 = shufflevector <8 x float> %700, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %769 = add i64 %677, 6
  %770 = sdiv i64 %769, 256
  %771 = srem i64 %769, 256
  %772 = mul i64 %770, 1
  %773 = add i64 %772, %i82
  %774 = mul i64 %773, 256
  %775 = add i64 %774, %771
  %776 = mul i64 %775, 256
  %777 = add i64 %776, %i86
  %778 = getelementptr float, ptr %621, i64 %777
  store <4 x float> %768, ptr %778, align 4
  %779 = shufflevector <8 x float> %701, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %780 = add i64 %677, 7
  %781 = sdiv i64 %780, 256
  %782 = srem i64 %780, 256
  %783 = mul i64 %781, 1
  %784 = add i64 %783, %i82
  %785 = mul i64 %784, 256
  %786 = add i64 %785, %782
  %787 = mul i64 %786, 256
  %788 = add i64 %787, %i86
  %789 = getelementptr float, ptr %621, i64 %788
  store <4 x float> %779, ptr %789, align 4
  %790 = add i64 %645, 8
  %791 = insertelement <8 x i64> undef, i64 %790, i32 0
  %792 = shufflevector <8 x i64> %791, <8 x i64> undef, <8 x i32> zeroinitializer
  %793 = add <8 x i64> %792, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %794 = icmp slt <8 x i64> %793, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %795 = add i64 1280, %790
  %796 = getelementptr float, ptr %gains, i64 %795
  %797 = load <8 x float>, ptr %796, align 4
  %798 = select <8 x i1> %794, <8 x float> %797, <8 x float> zeroinitializer
  %799 = load <8 x float>, ptr %13, align 32
  %800 = fmul <8 x float> %799, %798
  %801 = load <8 x float>, ptr %10, align 32
  %802 = fmul <8 x float> %801, %798
  %803 = load <8 x float>, ptr %7, align 32
  %804 = fmul <8 x float> %803, %798
  %805 = load <8 x float>, ptr %4, align 32
  %806 = fmul <8 x float> %805, %798
  %807 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %808 = shufflevector <8 x float> %800, <8 x float> %802, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %809 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %810 = shufflevector <8 x float> %804, <8 x float> %806, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %811 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %812 = shufflevector <8 x float> %807, <8 x float> %809, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %813 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %814 = shufflevector <8 x float> %808, <8 x float> %810, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %815 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %816 = add i64 %790, 0
  %817 = sdiv i64 %816, 256
  %818 = srem i64 %816, 256
  %819 = mul i64 %817, 1
  %820 = add i64 %819, %i82
  %821 = mul i64 %820, 256
  %822 = add i64 %821, %818
  %823 = mul i64 %822, 256
  %824 = add i64 %823, %i86
  %825 = getelementptr float, ptr %621, i64 %824
  store <4 x float> %815, ptr %825, align 4
  %826 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %827 = add i64 %790, 1
  %828 = sdiv i64 %827, 256
  %829 = srem i64 %827, 256
  %830 = mul i64 %828, 1
  %831 = add i64 %830, %i82
  %832 = mul i64 %831, 256
  %833 = add i64 %832, %829
  %834 = mul i64 %833, 256
  %835 = add i64 %834, %i86
  %836 = getelementptr float, ptr %621, i64 %835
  store <4 x float> %826, ptr %836, align 4
  %837 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %838 = add i64 %790, 2
  %839 = sdiv i64 %838, 256
  %840 = srem i64 %838, 256
  %841 = mul i64 %839, 1
  %842 = add i64 %841, %i82
  %843 = mul i64 %842, 256
  %844 = add i64 %843, %840
  %845 = mul i64 %844, 256
  %846 = add i64 %845, %i86
  %847 = getelementptr float, ptr %621, i64 %846
  store <4 x float> %837, ptr %847, align 4
  %848 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %849 = add i64 %790, 3
  %850 = sdiv i64 %849, 256
  %851 = srem i64 %849, 256
  %852 = mul i64 %850, 1
  %853 = add i64 %852, %i82
  %854 = mul i64 %853, 256
  %855 = add i64 %854, %851
  %856 = mul i64 %855, 256
  %857 = add i64 %856, %i86
  %858 = getelementptr float, ptr %621, i64 %857
  store <4 x float> %848, ptr %858, align 4
  %859 = shufflevector <8 x float> %811, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %860 = add i64 %790, 4
  %861 = sdiv i64 %860, 256
  %862 = srem i64 %860, 256
  %863 = mul i64 %861, 1
  %864 = add i64 %863, %i82
  %865 = mul i64 %864, 256
  %866 = add i64 %865, %862
  %867 = mul i64 %866, 256
  %868 = add i64 %867, %i86
  %869 = getelementptr float, ptr %621, i64 %868
  store <4 x float> %859, ptr %869, align 4
  %870 = shufflevector <8 x float> %812, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %871 = add i64 %790, 5
  %872 = sdiv i64 %871, 256
  %873 = srem i64 %871, 256
  %874 = mul i64 %872, 1
  %875 = add i64 %874, %i82
  %876 = mul i64 %875, 256
  %877 = add i64 %876, %873
  %878 = mul i64 %877, 256
  %879 = add i64 %878, %i86
  %880 = getelementptr float, ptr %621, i64 %879
  store <4 x float> %870, ptr %880, align 4
  %881 = shufflevector <8 x float> %813, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %882 = add i64 %790, 6
  %883 = sdiv i64 %882, 256
  %884 = srem i64 %882, 256
  %885 = mul i64 %883, 1
  %886 = add i64 %885, %i82
  %887 = mul i64 %886, 256
  %888 = add i64 %887, %884
  %889 = mul i64 %888, 256
  %890 = add i64 %889, %i86
  %891 = getelementptr float, ptr %621, i64 %890
  store <4 x float> %881, ptr %891, align 4
  %892 = shufflevector <8 x float> %814, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %893 = add i64 %790, 7
  %894 = sdiv i64 %893, 256
  %895 = srem i64 %893, 256
  %896 = mul i64 %894, 1
  %897 = add i64 %896, %i82
  %898 = mul i64 %897, 256
  %899 = add i64 %898, %895
  %900 = mul i64 %899, 256
  %901 = add i64 %900, %i86
  %902 = getelementptr float, ptr %621, i64 %901
  store <4 x float> %892, ptr %902, align 4
  %903 = add i64 %645, 16
  %904 = insertelement <8 x i64> undef, i64 %903, i32 0
  %905 = shufflevector <8 x i64> %904, <8 x i64> undef, <8 x i32> zeroinitializer
  %906 = add <8 x i64> %905, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %907 = icmp slt <8 x i64> %906, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %908 = add i64 1280, %903
  %909 = getelementptr float, ptr %gains, i64 %908
  %910 = load <8 x float>, ptr %909, align 4
  %911 = select <8 x i1> %907, <8 x float> %910, <8 x float> zeroinitializer
  %912 = load <8 x float>, ptr %12, align 32
  %913 = fmul <8 x float> %912, %911
  %914 = load <8 x float>, ptr %9, align 32
  %915 = fmul <8 x float> %914, %911
  %916 = load <8 x float>, ptr %6, align 32
  %917 = fmul <8 x float> %916, %911
  %918 = load <8 x float>, ptr %3, align 32
  %919 = fmul <8 x float> %918, %911
  %920 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %921 = shufflevector <8 x float> %913, <8 x float> %915, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %922 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %923 = shufflevector <8 x float> %917, <8 x float> %919, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %924 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %925 = shufflevector <8 x float> %920, <8 x float> %922, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %926 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %927 = shufflevector <8 x float> %921, <8 x float> %923, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %928 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %929 = add i64 %903, 0
  %930 = sdiv i64 %929, 256
  %931 = srem i64 %929, 256
  %932 = mul i64 %930, 1
  %933 = add i64 %932, %i82
  %934 = mul i64 %933, 256
  %935 = add i64 %934, %931
  %936 = mul i64 %935, 256
  %937 = add i64 %936, %i86
  %938 = getelementptr float, ptr %621, i64 %937
  store <4 x float> %928, ptr %938, align 4
  %939 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %940 = add i64 %903, 1
  %941 = sdiv i64 %940, 256
  %942 = srem i64 %940, 256
  %943 = mul i64 %941, 1
  %944 = add i64 %943, %i82
  %945 = mul i64 %944, 256
  %946 = add i64 %945, %942
  %947 = mul i64 %946, 256
  %948 = add i64 %947, %i86
  %949 = getelementptr float, ptr %621, i64 %948
  store <4 x float> %939, ptr %949, align 4
  %950 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %951 = add i64 %903, 2
  %952 = sdiv i64 %951, 256
  %953 = srem i64 %951, 256
  %954 = mul i64 %952, 1
  %955 = add i64 %954, %i82
  %956 = mul i64 %955, 256
  %957 = add i64 %956, %953
  %958 = mul i64 %957, 256
  %959 = add i64 %958, %i86
  %960 = getelementptr float, ptr %621, i64 %959
  store <4 x float> %950, ptr %960, align 4
  %961 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %962 = add i64 %903, 3
  %963 = sdiv i64 %962, 256
  %964 = srem i64 %962, 256
  %965 = mul i64 %963, 1
  %966 = add i64 %965, %i82
  %967 = mul i64 %966, 256
  %968 = add i64 %967, %964
  %969 = mul i64 %968, 256
  %970 = add i64 %969, %i86
  %971 = getelementptr float, ptr %621, i64 %970
  store <4 x float> %961, ptr %971, align 4
  %972 = shufflevector <8 x float> %924, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %973 = add i64 %903, 4
  %974 = sdiv i64 %973, 256
  %975 = srem i64 %973, 256
  %976 = mul i64 %974, 1
  %977 = add i64 %976, %i82
  %978 = mul i64 %977, 256
  %979 = add i64 %978, %975
  %980 = mul i64 %979, 256
  %981 = add i64 %980, %i86
  %982 = getelementptr float, ptr %621, i64 %981
  store <4 x float> %972, ptr %982, align 4
  %983 = shufflevector <8 x float> %925, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %984 = add i64 %903, 5
  %985 = sdiv i64 %984, 256
  %986 = srem i64 %984, 256
  %987 = mul i64 %985, 1
  %988 = add i64 %987, %i82
  %989 = mul i64 %988, 256
  %990 = add i64 %989, %986
  %991 = mul i64 %990, 256
  %992 = add i64 %991, %i86
  %993 = getelementptr float, ptr %621, i64 %992
  store <4 x float> %983, ptr %993, align 4
  %994 = shufflevector <8 x float> %926, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %995 = add i64 %903, 6
  %996 = sdiv i64 %995, 256
  %997 = srem i64 %995, 256
  %998 = mul i64 %996, 1
  %999 = add i64 %998, %i82
  %1000 = mul i64 %999, 256
  %1001 = add i64 %1000, %997
  %1002 = mul i64 %1001, 256
  %1003 = add i64 %1002, %i86
  %1004 = getelementptr float, ptr %621, i64 %1003
  store <4 x float> %994, ptr %1004, align 4
  %1005 = shufflevector <8 x float> %927, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1006 = add i64 %903, 7
  %1007 = sdiv i64 %1006, 256
  %1008 = srem i64 %1006, 256
  %1009 = mul i64 %1007, 1
  %1010 = add i64 %1009, %i82
  %1011 = mul i64 %1010, 256
  %1012 = add i64 %1011, %1008
  %1013 = mul i64 %1012, 256
  %1014 = add i64 %1013, %i86
  %1015 = getelementptr float, ptr %621, i64 %1014
  store <4 x float> %1005, ptr %1015, align 4
  %1016 = add i64 %i90, 24
  br label %loop87

then95:                                           ; preds = %body92
  %1017 = mul i64 %i82, 256
  %1018 = add i64 %1017, %i86
  %1019 = mul i64 %i94, 2064
  %1020 = add i64 %1019, 1280
  %1021 = getelementptr float, ptr %acts, i64 %1020
  %1022 = getelementptr float, ptr %1021, i64 %1018
  %1023 = getelementptr float, ptr %1022, i64 0
  %1024 = load float, ptr %1023, align 4
  %1025 = getelementptr float, ptr %1022, i64 1
  %1026 = load float, ptr %1025, align 4
  %1027 = getelementptr float, ptr %1022, i64 2
  %1028 = load float, ptr %1027, align 4
  %1029 = getelementptr float, ptr %1022, i64 3
  %1030 = load float, ptr %1029, align 4
  %1031 = insertelement <8 x float> undef, float %1024, i32 0
  %1032 = shufflevector <8 x float> %1031, <8 x float> undef, <8 x i32> zeroinitializer
  %1033 = load <8 x float>, ptr %14, align 32
  %1034 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %664, <8 x float> %1033)
  store <8 x float> %1034, ptr %14, align 32
  %1035 = load <8 x float>, ptr %13, align 32
  %1036 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %667, <8 x float> %1035)
  store <8 x float> %1036, ptr %13, align 32
  %1037 = load <8 x float>, ptr %12, align 32
  %1038 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1032, <8 x float> %671, <8 x float> %1037)
  store <8 x float> %1038, ptr %12, align 32
  %1039 = insertelement <8 x float> undef, float %1026, i32 0
  %1040 = shufflevector <8 x float> %1039, <8 x float> undef, <8 x i32> zeroinitializer
  %1041 = load <8 x float>, ptr %11, align 32
  %1042 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %664, <8 x float> %1041)
  store <8 x float> %1042, ptr %11, align 32
  %1043 = load <8 x float>, ptr %10, align 32
  %1044 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %667, <8 x float> %1043)
  store <8 x float> %1044, ptr %10, align 32
  %1045 = load <8 x float>, ptr %9, align 32
  %1046 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1040, <8 x float> %671, <8 x float> %1045)
  store <8 x float> %1046, ptr %9, align 32
  %1047 = insertelement <8 x float> undef, float %1028, i32 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> undef, <8 x i32> zeroinitializer
  %1049 = load <8 x float>, ptr %8, align 32
  %1050 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %664, <8 x float> %1049)
  store <8 x float> %1050, ptr %8, align 32
  %1051 = load <8 x float>, ptr %7, align 32
  %1052 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %667, <8 x float> %1051)
  store <8 x float> %1052, ptr %7, align 32
  %1053 = load <8 x float>, ptr %6, align 32
  %1054 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1048, <8 x float> %671, <8 x float> %1053)
  store <8 x float> %1054, ptr %6, align 32
  %1055 = insertelement <8 x float> undef, float %1030, i32 0
  %1056 = shufflevector <8 x float> %1055, <8 x float> undef, <8 x i32> zeroinitializer
  %1057 = load <8 x float>, ptr %5, align 32
  %1058 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %664, <8 x float> %1057)
  store <8 x float> %1058, ptr %5, align 32
  %1059 = load <8 x float>, ptr %4, align 32
  %1060 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %667, <8 x float> %1059)
  store <8 x float> %1060, ptr %4, align 32
  %1061 = load <8 x float>, ptr %3, align 32
  %1062 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1056, <8 x float> %671, <8 x float> %1061)
  store <8 x float> %1062, ptr %3, align 32
  br label %join96

join96:                                           ; preds = %then95, %body92
  %1063 = add i64 %i94, 1
  br label %loop91

loop97:                                           ; preds = %done103, %done77
  %i100 = phi i64 [ 0, %done77 ], [ %1069, %done103 ]
  %1064 = icmp slt i64 %i100, 1
  br i1 %1064, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  %1065 = icmp sgt i64 %u1, 512
  %1066 = icmp sle i64 %u0, 512
  %1067 = and i1 %1066, %1065
  br i1 %1067, label %then115, label %join116

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %1086, %done107 ]
  %1068 = icmp slt i64 %i104, 256
  br i1 %1068, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %1069 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ %620, %body102 ], [ %1102, %done111 ]
  %1070 = icmp slt i64 %i108, %528
  br i1 %1070, label %body106, label %done107

body106:                                          ; preds = %loop105
  %1071 = sub i64 %i108, 256
  %1072 = sdiv i64 %1071, 256
  %1073 = srem i64 %1071, 256
  %1074 = icmp slt i64 %1071, 4
  %1075 = add i64 1280, %1071
  %1076 = getelementptr float, ptr %gains, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = select i1 %1074, float %1077, float 0.000000e+00
  %1079 = mul i64 %1072, 1
  %1080 = add i64 %1079, %i100
  %1081 = mul i64 %1080, 256
  %1082 = add i64 %1081, %1073
  %1083 = mul i64 %1082, 256
  %1084 = add i64 %1083, %i104
  %1085 = getelementptr float, ptr %639, i64 %1084
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop109

done107:                                          ; preds = %loop105
  %1086 = add i64 %i104, 16
  br label %loop101

loop109:                                          ; preds = %join114, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %1119, %join114 ]
  %1087 = icmp slt i64 %i112, %batch
  br i1 %1087, label %body110, label %done111

body110:                                          ; preds = %loop109
  %1088 = mul i64 %i112, 2064
  %1089 = add i64 %1088, 1792
  %1090 = getelementptr float, ptr %dacts, i64 %1089
  %1091 = getelementptr float, ptr %1090, i64 %1071
  %1092 = load float, ptr %1091, align 4
  %1093 = fcmp une float %1092, 0.000000e+00
  br i1 %1093, label %then113, label %join114

done111:                                          ; preds = %loop109
  %1094 = insertelement <8 x float> undef, float %1078, i32 0
  %1095 = shufflevector <8 x float> %1094, <8 x float> undef, <8 x i32> zeroinitializer
  %1096 = getelementptr float, ptr %1085, i64 0
  %1097 = load <8 x float>, ptr %2, align 32
  %1098 = fmul <8 x float> %1097, %1095
  store <8 x float> %1098, ptr %1096, align 4
  %1099 = getelementptr float, ptr %1085, i64 8
  %1100 = load <8 x float>, ptr %1, align 32
  %1101 = fmul <8 x float> %1100, %1095
  store <8 x float> %1101, ptr %1099, align 4
  %1102 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %body110
  %1103 = mul i64 %i100, 256
  %1104 = add i64 %1103, %i104
  %1105 = mul i64 %i112, 2064
  %1106 = add i64 %1105, 1280
  %1107 = getelementptr float, ptr %acts, i64 %1106
  %1108 = getelementptr float, ptr %1107, i64 %1104
  %1109 = getelementptr float, ptr %1108, i64 0
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = getelementptr float, ptr %1108, i64 8
  %1112 = load <8 x float>, ptr %1111, align 4
  %1113 = insertelement <8 x float> undef, float %1092, i32 0
  %1114 = shufflevector <8 x float> %1113, <8 x float> undef, <8 x i32> zeroinitializer
  %1115 = load <8 x float>, ptr %2, align 32
  %1116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1110, <8 x float> %1115)
  store <8 x float> %1116, ptr %2, align 32
  %1117 = load <8 x float>, ptr %1, align 32
  %1118 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1114, <8 x float> %1112, <8 x float> %1117)
  store <8 x float> %1118, ptr %1, align 32
  br label %join114

join114:                                          ; preds = %then113, %body110
  %1119 = add i64 %i112, 1
  br label %loop109

then115:                                          ; preds = %done99
  %1120 = getelementptr float, ptr %grads, i64 132096
  br label %loop117

join116:                                          ; preds = %done131, %done99
  ret void

loop117:                                          ; preds = %body118, %then115
  %i120 = phi i64 [ 0, %then115 ], [ %1123, %body118 ]
  %1121 = icmp slt i64 %i120, 256
  br i1 %1121, label %body118, label %done119

body118:                                          ; preds = %loop117
  %1122 = getelementptr float, ptr %1120, i64 %i120
  store float 0.000000e+00, ptr %1122, align 4
  %1123 = add i64 %i120, 1
  br label %loop117

done119:                                          ; preds = %loop117
  br label %loop121

loop121:                                          ; preds = %done127, %done119
  %i124 = phi i64 [ 0, %done119 ], [ %1150, %done127 ]
  %1124 = icmp slt i64 %i124, %batch
  br i1 %1124, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  store float 0.000000e+00, ptr %0, align 4
  br label %loop129

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %1149, %body126 ]
  %1125 = icmp slt i64 %i128, 256
  br i1 %1125, label %body126, label %done127

body126:                                          ; preds = %loop125
  %1126 = getelementptr float, ptr %1120, i64 %i128
  %1127 = mul i64 %i124, 2064
  %1128 = add i64 %1127, 768
  %1129 = getelementptr float, ptr %acts, i64 %1128
  %1130 = getelementptr float, ptr %1129, i64 %i128
  %1131 = load float, ptr %1130, align 4
  %1132 = getelementptr float, ptr %params, i64 132096
  %1133 = getelementptr float, ptr %1132, i64 %i128
  %1134 = load float, ptr %1133, align 4
  %1135 = fsub float %1131, %1134
  %1136 = fcmp ole float %1135, 1.000000e+00
  %1137 = fcmp oge float %1135, -1.000000e+00
  %1138 = and i1 %1137, %1136
  %1139 = icmp slt i64 %i128, 256
  %1140 = and i1 %1138, %1139
  %1141 = mul i64 %i124, 2064
  %1142 = add i64 %1141, 1024
  %1143 = getelementptr float, ptr %dacts, i64 %1142
  %1144 = getelementptr float, ptr %1143, i64 %i128
  %1145 = load float, ptr %1144, align 4
  %1146 = select i1 %1140, float %1145, float 0.000000e+00
  %1147 = load float, ptr %1126, align 4
  %1148 = fsub float %1147, %1146
  store float %1148, ptr %1126, align 4
  %1149 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %1150 = add i64 %i124, 1
  br label %loop121

loop129:                                          ; preds = %done135, %done123
  %i132 = phi i64 [ 0, %done123 ], [ %1169, %done135 ]
  %1151 = icmp slt i64 %i132, %batch
  br i1 %1151, label %body130, label %done131

body130:                                          ; preds = %loop129
  br label %loop133

done131:                                          ; preds = %loop129
  %1152 = getelementptr float, ptr %params, i64 132352
  %1153 = load float, ptr %1152, align 4
  %1154 = fcmp ogt float %1153, 0.000000e+00
  %1155 = fneg float %1153
  %1156 = select i1 %1154, float %1155, float %1153
  %1157 = call float @llvm.exp.f32(float %1156)
  %1158 = fmul float 3.000000e+00, %1157
  %1159 = fadd float 1.000000e+00, %1158
  %1160 = fadd float %1157, 3.000000e+00
  %1161 = select i1 %1154, float %1159, float %1160
  %1162 = fmul float %1161, %1161
  %1163 = fmul float %1157, 4.000000e+00
  %1164 = fdiv float %1163, %1162
  %1165 = getelementptr float, ptr %grads, i64 132352
  %1166 = load float, ptr %0, align 4
  %1167 = fmul float %1166, %1164
  store float %1167, ptr %1165, align 4
  br label %join116

loop133:                                          ; preds = %done139, %body130
  %i136 = phi i64 [ 0, %body130 ], [ %1184, %done139 ]
  %1168 = icmp slt i64 %i136, 1
  br i1 %1168, label %body134, label %done135

body134:                                          ; preds = %loop133
  br label %loop137

done135:                                          ; preds = %loop133
  %1169 = add i64 %i132, 1
  br label %loop129

loop137:                                          ; preds = %done143, %body134
  %i140 = phi i64 [ 0, %body134 ], [ %1205, %done143 ]
  %1170 = icmp slt i64 %i140, 4
  br i1 %1170, label %body138, label %done139

body138:                                          ; preds = %loop137
  %1171 = mul i64 %i136, 256
  %1172 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i140
  %1173 = load i32, ptr %1172, align 4
  %1174 = sext i32 %1173 to i64
  %1175 = mul i64 %1174, 64
  %1176 = add i64 %1171, %1175
  %1177 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i140
  %1178 = load i32, ptr %1177, align 4
  %1179 = sext i32 %1178 to i64
  %1180 = mul i64 %1179, 64
  %1181 = add i64 %1171, %1180
  %1182 = mul i64 %i140, 64
  %1183 = add i64 %1171, %1182
  br label %loop141

done139:                                          ; preds = %loop137
  %1184 = add i64 %i136, 1
  br label %loop133

loop141:                                          ; preds = %body142, %body138
  %i144 = phi i64 [ 0, %body138 ], [ %1204, %body142 ]
  %1185 = icmp slt i64 %i144, 64
  br i1 %1185, label %body142, label %done143

body142:                                          ; preds = %loop141
  %1186 = add i64 %1181, %i144
  %1187 = add i64 %1176, %i144
  %1188 = add i64 %1183, %i144
  %1189 = mul i64 %i132, 2064
  %1190 = add i64 %1189, 1024
  %1191 = getelementptr float, ptr %acts, i64 %1190
  %1192 = getelementptr float, ptr %1191, i64 %1186
  %1193 = load float, ptr %1192, align 4
  %1194 = getelementptr float, ptr %1191, i64 %1187
  %1195 = load float, ptr %1194, align 4
  %1196 = fsub float %1195, %1193
  %1197 = mul i64 %i132, 2064
  %1198 = add i64 %1197, 1280
  %1199 = getelementptr float, ptr %dacts, i64 %1198
  %1200 = getelementptr float, ptr %1199, i64 %1188
  %1201 = load float, ptr %1200, align 4
  %1202 = load float, ptr %0, align 4
  %1203 = call float @llvm.fmuladd.f32(float %1201, float %1196, float %1202)
  store float %1203, ptr %0, align 4
  %1204 = add i64 %i144, 1
  br label %loop141

done143:                                          ; preds = %loop141
  %1205 = add i64 %i140, 1
  br label %loop137
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_norm(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %u0, %then ], [ %78, %done7 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = sitofp i64 %batch to float
  %6 = insertelement <8 x float> undef, float %5, i32 0
  %7 = shufflevector <8 x float> %6, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %16, %body2 ]
  %8 = icmp slt i64 %i4, %batch
  br i1 %8, label %body2, label %done3

body2:                                            ; preds = %loop1
  %9 = mul i64 %i4, 2064
  %10 = add i64 %9, 512
  %11 = getelementptr float, ptr %acts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %4
  %13 = load <8 x float>, ptr %12, align 4
  %14 = load <8 x float>, ptr %1, align 32
  %15 = fadd <8 x float> %14, %13
  store <8 x float> %15, ptr %1, align 32
  %16 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %17 = load <8 x float>, ptr %1, align 32
  %18 = fdiv <8 x float> %17, %7
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %29, %body6 ]
  %19 = icmp slt i64 %i8, %batch
  br i1 %19, label %body6, label %done7

body6:                                            ; preds = %loop5
  %20 = mul i64 %i8, 2064
  %21 = add i64 %20, 512
  %22 = getelementptr float, ptr %acts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = fsub <8 x float> %24, %18
  %26 = fmul <8 x float> %25, %25
  %27 = load <8 x float>, ptr %0, align 32
  %28 = fadd <8 x float> %27, %26
  store <8 x float> %28, ptr %0, align 32
  %29 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %30 = load <8 x float>, ptr %0, align 32
  %31 = fdiv <8 x float> %30, %7
  %32 = getelementptr float, ptr %params, i64 131072
  %33 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %31, <8 x float> zeroinitializer)
  %34 = fadd <8 x float> %33, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %35 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %34)
  %36 = getelementptr float, ptr %32, i64 0
  %37 = getelementptr float, ptr %36, i64 %4
  %38 = load <8 x float>, ptr %37, align 4
  %39 = fdiv <8 x float> %38, %35
  %40 = fmul <8 x float> %39, %18
  %41 = getelementptr float, ptr %32, i64 256
  %42 = getelementptr float, ptr %41, i64 %4
  %43 = load <8 x float>, ptr %42, align 4
  %44 = fsub <8 x float> %43, %40
  %45 = getelementptr float, ptr %gains, i64 0
  %46 = getelementptr float, ptr %45, i64 0
  %47 = getelementptr float, ptr %46, i64 %4
  store <8 x float> %39, ptr %47, align 4
  %48 = getelementptr float, ptr %gains, i64 0
  %49 = getelementptr float, ptr %48, i64 256
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %44, ptr %50, align 4
  %51 = fadd <8 x float> %31, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %52 = getelementptr float, ptr %gains, i64 0
  %53 = getelementptr float, ptr %52, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> %18, ptr %54, align 4
  %55 = getelementptr float, ptr %gains, i64 0
  %56 = getelementptr float, ptr %55, i64 768
  %57 = getelementptr float, ptr %56, i64 %4
  %58 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %51)
  %59 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %58
  store <8 x float> %59, ptr %57, align 4
  %60 = icmp sgt i64 %batch, 1
  %61 = fsub <8 x float> %7, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %62 = fmul <8 x float> %31, %7
  %63 = fdiv <8 x float> %62, %61
  %64 = select i1 %60, <8 x float> %63, <8 x float> %31
  %65 = getelementptr float, ptr %params, i64 131072
  %66 = getelementptr float, ptr %65, i64 512
  %67 = getelementptr float, ptr %66, i64 %4
  %68 = load <8 x float>, ptr %67, align 4
  %69 = fsub <8 x float> %18, %68
  %70 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %69
  %71 = fadd <8 x float> %68, %70
  store <8 x float> %71, ptr %67, align 4
  %72 = getelementptr float, ptr %65, i64 768
  %73 = getelementptr float, ptr %72, i64 %4
  %74 = load <8 x float>, ptr %73, align 4
  %75 = fsub <8 x float> %64, %74
  %76 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %75
  %77 = fadd <8 x float> %74, %76
  store <8 x float> %77, ptr %73, align 4
  %78 = add i64 %i, 1
  br label %loop
}

define void @eic_norm_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done11, %then
  %i = phi i64 [ %u0, %then ], [ %94, %done11 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = getelementptr float, ptr %gains, i64 0
  %6 = getelementptr float, ptr %5, i64 512
  %7 = getelementptr float, ptr %6, i64 %4
  %8 = load <8 x float>, ptr %7, align 4
  %9 = getelementptr float, ptr %gains, i64 0
  %10 = getelementptr float, ptr %9, i64 768
  %11 = getelementptr float, ptr %10, i64 %4
  %12 = load <8 x float>, ptr %11, align 4
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %body2 ]
  %13 = icmp slt i64 %i4, %batch
  br i1 %13, label %body2, label %done3

body2:                                            ; preds = %loop1
  %14 = mul i64 %i4, 2064
  %15 = add i64 %14, 512
  %16 = getelementptr float, ptr %acts, i64 %15
  %17 = getelementptr float, ptr %16, i64 %4
  %18 = load <8 x float>, ptr %17, align 4
  %19 = fsub <8 x float> %18, %8
  %20 = mul i64 %i4, 2064
  %21 = add i64 %20, 768
  %22 = getelementptr float, ptr %dacts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = load <8 x float>, ptr %1, align 32
  %26 = fadd <8 x float> %25, %24
  store <8 x float> %26, ptr %1, align 32
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load <8 x float>, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %45, %body6 ]
  %29 = icmp slt i64 %i8, %batch
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = mul i64 %i8, 2064
  %31 = add i64 %30, 512
  %32 = getelementptr float, ptr %acts, i64 %31
  %33 = getelementptr float, ptr %32, i64 %4
  %34 = load <8 x float>, ptr %33, align 4
  %35 = fsub <8 x float> %34, %8
  %36 = mul i64 %i8, 2064
  %37 = add i64 %36, 768
  %38 = getelementptr float, ptr %dacts, i64 %37
  %39 = getelementptr float, ptr %38, i64 %4
  %40 = load <8 x float>, ptr %39, align 4
  %41 = fmul <8 x float> %35, %12
  %42 = fmul <8 x float> %40, %41
  %43 = load <8 x float>, ptr %0, align 32
  %44 = fadd <8 x float> %43, %42
  store <8 x float> %44, ptr %0, align 32
  %45 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %46 = load <8 x float>, ptr %0, align 32
  %47 = getelementptr float, ptr %grads, i64 131072
  %48 = getelementptr float, ptr %params, i64 131072
  %49 = getelementptr float, ptr %47, i64 0
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %46, ptr %50, align 4
  %51 = getelementptr float, ptr %47, i64 256
  %52 = getelementptr float, ptr %51, i64 %4
  store <8 x float> %28, ptr %52, align 4
  %53 = getelementptr float, ptr %47, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> zeroinitializer, ptr %54, align 4
  %55 = getelementptr float, ptr %47, i64 768
  %56 = getelementptr float, ptr %55, i64 %4
  store <8 x float> zeroinitializer, ptr %56, align 4
  %57 = sitofp i64 %batch to float
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = getelementptr float, ptr %48, i64 0
  %61 = getelementptr float, ptr %60, i64 %4
  %62 = load <8 x float>, ptr %61, align 4
  %63 = fmul <8 x float> %62, %12
  %64 = fdiv <8 x float> %63, %59
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %93, %body10 ]
  %65 = icmp slt i64 %i12, %batch
  br i1 %65, label %body10, label %done11

body10:                                           ; preds = %loop9
  %66 = mul i64 %i12, 2064
  %67 = add i64 %66, 512
  %68 = getelementptr float, ptr %acts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %4
  %70 = load <8 x float>, ptr %69, align 4
  %71 = fsub <8 x float> %70, %8
  %72 = fmul <8 x float> %71, %12
  %73 = mul i64 %i12, 2064
  %74 = add i64 %73, 512
  %75 = getelementptr float, ptr %acts, i64 %74
  %76 = getelementptr float, ptr %75, i64 %4
  %77 = load <8 x float>, ptr %76, align 4
  %78 = fsub <8 x float> %77, %8
  %79 = mul i64 %i12, 2064
  %80 = add i64 %79, 768
  %81 = getelementptr float, ptr %dacts, i64 %80
  %82 = getelementptr float, ptr %81, i64 %4
  %83 = load <8 x float>, ptr %82, align 4
  %84 = fmul <8 x float> %59, %83
  %85 = fsub <8 x float> %84, %28
  %86 = fmul <8 x float> %72, %46
  %87 = fsub <8 x float> %85, %86
  %88 = mul i64 %i12, 2064
  %89 = add i64 %88, 512
  %90 = getelementptr float, ptr %dacts, i64 %89
  %91 = getelementptr float, ptr %90, i64 %4
  %92 = fmul <8 x float> %64, %87
  store <8 x float> %92, ptr %91, align 4
  %93 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %94 = add i64 %i, 1
  br label %loop
}

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1, float %wd) {
entry:
  %0 = icmp sgt i64 %e0, 0
  %1 = select i1 %0, i64 %e0, i64 0
  %2 = icmp slt i64 %e1, 65536
  %3 = select i1 %2, i64 %e1, i64 65536
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %1, %entry ], [ %34, %body ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %grads, i64 %i
  %8 = load float, ptr %7, align 4
  %9 = getelementptr float, ptr %m, i64 %i
  %10 = getelementptr float, ptr %v, i64 %i
  %11 = getelementptr float, ptr %params, i64 %i
  %12 = fsub float 1.000000e+00, %beta1
  %13 = fmul float %12, %8
  %14 = load float, ptr %9, align 4
  %15 = fmul float %beta1, %14
  %16 = fadd float %15, %13
  %17 = fmul float %8, %8
  %18 = fsub float 1.000000e+00, %beta2
  %19 = fmul float %18, %17
  %20 = load float, ptr %10, align 4
  %21 = fmul float %beta2, %20
  %22 = fadd float %21, %19
  store float %16, ptr %9, align 4
  store float %22, ptr %10, align 4
  %23 = fdiv float %16, %bc1
  %24 = fdiv float %22, %bc2
  %25 = call float @llvm.sqrt.f32(float %24)
  %26 = fadd float %25, %eps
  %27 = fmul float %lr, %23
  %28 = fdiv float %27, %26
  %29 = load float, ptr %11, align 4
  %30 = fsub float %29, %28
  %31 = fmul float %lr, %wd
  %32 = fmul float %31, %29
  %33 = fsub float %30, %32
  store float %33, ptr %11, align 4
  %34 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  %35 = icmp sgt i64 %e0, 65536
  %36 = select i1 %35, i64 %e0, i64 65536
  %37 = icmp slt i64 %e1, 131072
  %38 = select i1 %37, i64 %e1, i64 131072
  %39 = icmp slt i64 %38, %36
  %40 = select i1 %39, i64 %36, i64 %38
  br label %loop1

loop1:                                            ; preds = %body2, %done
  %i4 = phi i64 [ %36, %done ], [ %69, %body2 ]
  %41 = icmp slt i64 %i4, %40
  br i1 %41, label %body2, label %done3

body2:                                            ; preds = %loop1
  %42 = getelementptr float, ptr %grads, i64 %i4
  %43 = load float, ptr %42, align 4
  %44 = getelementptr float, ptr %m, i64 %i4
  %45 = getelementptr float, ptr %v, i64 %i4
  %46 = getelementptr float, ptr %params, i64 %i4
  %47 = fsub float 1.000000e+00, %beta1
  %48 = fmul float %47, %43
  %49 = load float, ptr %44, align 4
  %50 = fmul float %beta1, %49
  %51 = fadd float %50, %48
  %52 = fmul float %43, %43
  %53 = fsub float 1.000000e+00, %beta2
  %54 = fmul float %53, %52
  %55 = load float, ptr %45, align 4
  %56 = fmul float %beta2, %55
  %57 = fadd float %56, %54
  store float %51, ptr %44, align 4
  store float %57, ptr %45, align 4
  %58 = fdiv float %51, %bc1
  %59 = fdiv float %57, %bc2
  %60 = call float @llvm.sqrt.f32(float %59)
  %61 = fadd float %60, %eps
  %62 = fmul float %lr, %58
  %63 = fdiv float %62, %61
  %64 = load float, ptr %46, align 4
  %65 = fsub float %64, %63
  %66 = fmul float %lr, %wd
  %67 = fmul float %66, %64
  %68 = fsub float %65, %67
  store float %68, ptr %46, align 4
  %69 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %70 = icmp sgt i64 %e0, 131072
  %71 = select i1 %70, i64 %e0, i64 131072
  %72 = icmp slt i64 %e1, 132096
  %73 = select i1 %72, i64 %e1, i64 132096
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ %71, %done3 ], [ %101, %body6 ]
  %76 = icmp slt i64 %i8, %75
  br i1 %76, label %body6, label %done7

body6:                                            ; preds = %loop5
  %77 = getelementptr float, ptr %grads, i64 %i8
  %78 = load float, ptr %77, align 4
  %79 = getelementptr float, ptr %m, i64 %i8
  %80 = getelementptr float, ptr %v, i64 %i8
  %81 = getelementptr float, ptr %params, i64 %i8
  %82 = fsub float 1.000000e+00, %beta1
  %83 = fmul float %82, %78
  %84 = load float, ptr %79, align 4
  %85 = fmul float %beta1, %84
  %86 = fadd float %85, %83
  %87 = fmul float %78, %78
  %88 = fsub float 1.000000e+00, %beta2
  %89 = fmul float %88, %87
  %90 = load float, ptr %80, align 4
  %91 = fmul float %beta2, %90
  %92 = fadd float %91, %89
  store float %86, ptr %79, align 4
  store float %92, ptr %80, align 4
  %93 = fdiv float %86, %bc1
  %94 = fdiv float %92, %bc2
  %95 = call float @llvm.sqrt.f32(float %94)
  %96 = fadd float %95, %eps
  %97 = fmul float %lr, %93
  %98 = fdiv float %97, %96
  %99 = load float, ptr %81, align 4
  %100 = fsub float %99, %98
  store float %100, ptr %81, align 4
  %101 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %102 = icmp sgt i64 %e0, 132096
  %103 = select i1 %102, i64 %e0, i64 132096
  %104 = icmp slt i64 %e1, 132352
  %105 = select i1 %104, i64 %e1, i64 132352
  %106 = icmp slt i64 %105, %103
  %107 = select i1 %106, i64 %103, i64 %105
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ %103, %done7 ], [ %133, %body10 ]
  %108 = icmp slt i64 %i12, %107
  br i1 %108, label %body10, label %done11

body10:                                           ; preds = %loop9
  %109 = getelementptr float, ptr %grads, i64 %i12
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %m, i64 %i12
  %112 = getelementptr float, ptr %v, i64 %i12
  %113 = getelementptr float, ptr %params, i64 %i12
  %114 = fsub float 1.000000e+00, %beta1
  %115 = fmul float %114, %110
  %116 = load float, ptr %111, align 4
  %117 = fmul float %beta1, %116
  %118 = fadd float %117, %115
  %119 = fmul float %110, %110
  %120 = fsub float 1.000000e+00, %beta2
  %121 = fmul float %120, %119
  %122 = load float, ptr %112, align 4
  %123 = fmul float %beta2, %122
  %124 = fadd float %123, %121
  store float %118, ptr %111, align 4
  store float %124, ptr %112, align 4
  %125 = fdiv float %118, %bc1
  %126 = fdiv float %124, %bc2
  %127 = call float @llvm.sqrt.f32(float %126)
  %128 = fadd float %127, %eps
  %129 = fmul float %lr, %125
  %130 = fdiv float %129, %128
  %131 = load float, ptr %113, align 4
  %132 = fsub float %131, %130
  store float %132, ptr %113, align 4
  %133 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %134 = icmp sgt i64 %e0, 132352
  %135 = select i1 %134, i64 %e0, i64 132352
  %136 = icmp slt i64 %e1, 132353
  %137 = select i1 %136, i64 %e1, i64 132353
  %138 = icmp slt i64 %137, %135
  %139 = select i1 %138, i64 %135, i64 %137
  br label %loop13

loop13:                                           ; preds = %body14, %done11
  %i16 = phi i64 [ %135, %done11 ], [ %165, %body14 ]
  %140 = icmp slt i64 %i16, %139
  br i1 %140, label %body14, label %done15

body14:                                           ; preds = %loop13
  %141 = getelementptr float, ptr %grads, i64 %i16
  %142 = load float, ptr %141, align 4
  %143 = getelementptr float, ptr %m, i64 %i16
  %144 = getelementptr float, ptr %v, i64 %i16
  %145 = getelementptr float, ptr %params, i64 %i16
  %146 = fsub float 1.000000e+00, %beta1
  %147 = fmul float %146, %142
  %148 = load float, ptr %143, align 4
  %149 = fmul float %beta1, %148
  %150 = fadd float %149, %147
  %151 = fmul float %142, %142
  %152 = fsub float 1.000000e+00, %beta2
  %153 = fmul float %152, %151
  %154 = load float, ptr %144, align 4
  %155 = fmul float %beta2, %154
  %156 = fadd float %155, %153
  store float %150, ptr %143, align 4
  store float %156, ptr %144, align 4
  %157 = fdiv float %150, %bc1
  %158 = fdiv float %156, %bc2
  %159 = call float @llvm.sqrt.f32(float %158)
  %160 = fadd float %159, %eps
  %161 = fmul float %lr, %157
  %162 = fdiv float %161, %160
  %163 = load float, ptr %145, align 4
  %164 = fsub float %163, %162
  store float %164, ptr %145, align 4
  %165 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %166 = icmp sgt i64 %e0, 132368
  %167 = select i1 %166, i64 %e0, i64 132368
  %168 = icmp slt i64 %e1, 197904
  %169 = select i1 %168, i64 %e1, i64 197904
  %170 = icmp slt i64 %169, %167
  %171 = select i1 %170, i64 %167, i64 %169
  br label %loop17

loop17:                                           ; preds = %body18, %done15
  %i20 = phi i64 [ %167, %done15 ], [ %200, %body18 ]
  %172 = icmp slt i64 %i20, %171
  br i1 %172, label %body18, label %done19

body18:                                           ; preds = %loop17
  %173 = getelementptr float, ptr %grads, i64 %i20
  %174 = load float, ptr %173, align 4
  %175 = getelementptr float, ptr %m, i64 %i20
  %176 = getelementptr float, ptr %v, i64 %i20
  %177 = getelementptr float, ptr %params, i64 %i20
  %178 = fsub float 1.000000e+00, %beta1
  %179 = fmul float %178, %174
  %180 = load float, ptr %175, align 4
  %181 = fmul float %beta1, %180
  %182 = fadd float %181, %179
  %183 = fmul float %174, %174
  %184 = fsub float 1.000000e+00, %beta2
  %185 = fmul float %184, %183
  %186 = load float, ptr %176, align 4
  %187 = fmul float %beta2, %186
  %188 = fadd float %187, %185
  store float %182, ptr %175, align 4
  store float %188, ptr %176, align 4
  %189 = fdiv float %182, %bc1
  %190 = fdiv float %188, %bc2
  %191 = call float @llvm.sqrt.f32(float %190)
  %192 = fadd float %191, %eps
  %193 = fmul float %lr, %189
  %194 = fdiv float %193, %192
  %195 = load float, ptr %177, align 4
  %196 = fsub float %195, %194
  %197 = fmul float %lr, %wd
  %198 = fmul float %197, %195
  %199 = fsub float %196, %198
  store float %199, ptr %177, align 4
  %200 = add i64 %i20, 1
  br label %loop17

done19:                                           ; preds = %loop17
  %201 = icmp sgt i64 %e0, 197904
  %202 = select i1 %201, i64 %e0, i64 197904
  %203 = icmp slt i64 %e1, 263440
  %204 = select i1 %203, i64 %e1, i64 263440
  %205 = icmp slt i64 %204, %202
  %206 = select i1 %205, i64 %202, i64 %204
  br label %loop21

loop21:                                           ; preds = %body22, %done19
  %i24 = phi i64 [ %202, %done19 ], [ %235, %body22 ]
  %207 = icmp slt i64 %i24, %206
  br i1 %207, label %body22, label %done23

body22:                                           ; preds = %loop21
  %208 = getelementptr float, ptr %grads, i64 %i24
  %209 = load float, ptr %208, align 4
  %210 = getelementptr float, ptr %m, i64 %i24
  %211 = getelementptr float, ptr %v, i64 %i24
  %212 = getelementptr float, ptr %params, i64 %i24
  %213 = fsub float 1.000000e+00, %beta1
  %214 = fmul float %213, %209
  %215 = load float, ptr %210, align 4
  %216 = fmul float %beta1, %215
  %217 = fadd float %216, %214
  %218 = fmul float %209, %209
  %219 = fsub float 1.000000e+00, %beta2
  %220 = fmul float %219, %218
  %221 = load float, ptr %211, align 4
  %222 = fmul float %beta2, %221
  %223 = fadd float %222, %220
  store float %217, ptr %210, align 4
  store float %223, ptr %211, align 4
  %224 = fdiv float %217, %bc1
  %225 = fdiv float %223, %bc2
  %226 = call float @llvm.sqrt.f32(float %225)
  %227 = fadd float %226, %eps
  %228 = fmul float %lr, %224
  %229 = fdiv float %228, %227
  %230 = load float, ptr %212, align 4
  %231 = fsub float %230, %229
  %232 = fmul float %lr, %wd
  %233 = fmul float %232, %230
  %234 = fsub float %231, %233
  store float %234, ptr %212, align 4
  %235 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
