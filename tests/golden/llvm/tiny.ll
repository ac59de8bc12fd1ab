; ModuleID = 'tiny'
source_filename = "tiny"

@eic_grad_units = constant i64 257
@eic_gain_units = constant i64 2
@eic_gain_floats = constant i64 131328
@eic_model_fingerprint = constant i64 5899961196924819648
@eic_knobs = global [28 x float] [float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00]

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
  %10 = add i64 0, %9
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

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ %13, %done ], [ %42, %done19 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 0
  %38 = getelementptr float, ptr %gains, i64 256
  %39 = getelementptr float, ptr %gains, i64 65792
  %40 = mul i64 %36, 65536
  br label %loop17

done15:                                           ; preds = %loop13
  ret void

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %244, %done23 ]
  %41 = icmp slt i64 %i20, 256
  br i1 %41, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %42 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %join, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %253, %join ]
  %43 = icmp slt i64 %i24, 256
  br i1 %43, label %body22, label %done23

body22:                                           ; preds = %loop21
  %44 = add i64 %i20, 0
  %45 = mul i64 %44, 256
  %46 = add i64 %45, %i24
  %47 = add i64 %40, %46
  %48 = getelementptr float, ptr %37, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = bitcast <8 x float> %49 to <8 x i32>
  %51 = lshr <8 x i32> %50, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %52 = and <8 x i32> %51, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %53 = add <8 x i32> %52, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %54 = add <8 x i32> %50, %53
  %55 = fcmp uno <8 x float> %49, %49
  %56 = or <8 x i32> %50, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %57 = select <8 x i1> %55, <8 x i32> %56, <8 x i32> %54
  %58 = and <8 x i32> %57, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %59 = bitcast <8 x i32> %58 to <8 x float>
  %60 = select i1 %bf16, <8 x float> %59, <8 x float> %49
  %61 = add i64 %i20, 1
  %62 = mul i64 %61, 256
  %63 = add i64 %62, %i24
  %64 = add i64 %40, %63
  %65 = getelementptr float, ptr %37, i64 %64
  %66 = load <8 x float>, ptr %65, align 4
  %67 = bitcast <8 x float> %66 to <8 x i32>
  %68 = lshr <8 x i32> %67, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %69 = and <8 x i32> %68, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %70 = add <8 x i32> %69, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %71 = add <8 x i32> %67, %70
  %72 = fcmp uno <8 x float> %66, %66
  %73 = or <8 x i32> %67, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %74 = select <8 x i1> %72, <8 x i32> %73, <8 x i32> %71
  %75 = and <8 x i32> %74, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %76 = bitcast <8 x i32> %75 to <8 x float>
  %77 = select i1 %bf16, <8 x float> %76, <8 x float> %66
  %78 = add i64 %i20, 2
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %i24
  %81 = add i64 %40, %80
  %82 = getelementptr float, ptr %37, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = bitcast <8 x float> %83 to <8 x i32>
  %85 = lshr <8 x i32> %84, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %86 = and <8 x i32> %85, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %87 = add <8 x i32> %86, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %88 = add <8 x i32> %84, %87
  %89 = fcmp uno <8 x float> %83, %83
  %90 = or <8 x i32> %84, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %91 = select <8 x i1> %89, <8 x i32> %90, <8 x i32> %88
  %92 = and <8 x i32> %91, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %93 = bitcast <8 x i32> %92 to <8 x float>
  %94 = select i1 %bf16, <8 x float> %93, <8 x float> %83
  %95 = add i64 %i20, 3
  %96 = mul i64 %95, 256
  %97 = add i64 %96, %i24
  %98 = add i64 %40, %97
  %99 = getelementptr float, ptr %37, i64 %98
  %100 = load <8 x float>, ptr %99, align 4
  %101 = bitcast <8 x float> %100 to <8 x i32>
  %102 = lshr <8 x i32> %101, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %103 = and <8 x i32> %102, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %104 = add <8 x i32> %103, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %105 = add <8 x i32> %101, %104
  %106 = fcmp uno <8 x float> %100, %100
  %107 = or <8 x i32> %101, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %108 = select <8 x i1> %106, <8 x i32> %107, <8 x i32> %105
  %109 = and <8 x i32> %108, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %110 = bitcast <8 x i32> %109 to <8 x float>
  %111 = select i1 %bf16, <8 x float> %110, <8 x float> %100
  %112 = add i64 %i20, 4
  %113 = mul i64 %112, 256
  %114 = add i64 %113, %i24
  %115 = add i64 %40, %114
  %116 = getelementptr float, ptr %37, i64 %115
  %117 = load <8 x float>, ptr %116, align 4
  %118 = bitcast <8 x float> %117 to <8 x i32>
  %119 = lshr <8 x i32> %118, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %120 = and <8 x i32> %119, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %121 = add <8 x i32> %120, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %122 = add <8 x i32> %118, %121
  %123 = fcmp uno <8 x float> %117, %117
  %124 = or <8 x i32> %118, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %125 = select <8 x i1> %123, <8 x i32> %124, <8 x i32> %122
  %126 = and <8 x i32> %125, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %127 = bitcast <8 x i32> %126 to <8 x float>
  %128 = select i1 %bf16, <8 x float> %127, <8 x float> %117
  %129 = add i64 %i20, 5
  %130 = mul i64 %129, 256
  %131 = add i64 %130, %i24
  %132 = add i64 %40, %131
  %133 = getelementptr float, ptr %37, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = bitcast <8 x float> %134 to <8 x i32>
  %136 = lshr <8 x i32> %135, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %137 = and <8 x i32> %136, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %138 = add <8 x i32> %137, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %139 = add <8 x i32> %135, %138
  %140 = fcmp uno <8 x float> %134, %134
  %141 = or <8 x i32> %135, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %142 = select <8 x i1> %140, <8 x i32> %141, <8 x i32> %139
  %143 = and <8 x i32> %142, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %144 = bitcast <8 x i32> %143 to <8 x float>
  %145 = select i1 %bf16, <8 x float> %144, <8 x float> %134
  %146 = add i64 %i20, 6
  %147 = mul i64 %146, 256
  %148 = add i64 %147, %i24
  %149 = add i64 %40, %148
  %150 = getelementptr float, ptr %37, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = bitcast <8 x float> %151 to <8 x i32>
  %153 = lshr <8 x i32> %152, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %154 = and <8 x i32> %153, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %155 = add <8 x i32> %154, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %156 = add <8 x i32> %152, %155
  %157 = fcmp uno <8 x float> %151, %151
  %158 = or <8 x i32> %152, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %159 = select <8 x i1> %157, <8 x i32> %158, <8 x i32> %156
  %160 = and <8 x i32> %159, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %161 = bitcast <8 x i32> %160 to <8 x float>
  %162 = select i1 %bf16, <8 x float> %161, <8 x float> %151
  %163 = add i64 %i20, 7
  %164 = mul i64 %163, 256
  %165 = add i64 %164, %i24
  %166 = add i64 %40, %165
  %167 = getelementptr float, ptr %37, i64 %166
  %168 = load <8 x float>, ptr %167, align 4
  %169 = bitcast <8 x float> %168 to <8 x i32>
  %170 = lshr <8 x i32> %169, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %171 = and <8 x i32> %170, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %172 = add <8 x i32> %171, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %173 = add <8 x i32> %169, %172
  %174 = fcmp uno <8 x float> %168, %168
  %175 = or <8 x i32> %169, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %176 = select <8 x i1> %174, <8 x i32> %175, <8 x i32> %173
  %177 = and <8 x i32> %176, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %178 = bitcast <8 x i32> %177 to <8 x float>
  %179 = select i1 %bf16, <8 x float> %178, <8 x float> %168
  %180 = shufflevector <8 x float> %60, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %181 = shufflevector <8 x float> %60, <8 x float> %77, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %182 = shufflevector <8 x float> %94, <8 x float> %111, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %183 = shufflevector <8 x float> %94, <8 x float> %111, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %184 = shufflevector <8 x float> %180, <8 x float> %182, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %185 = shufflevector <8 x float> %180, <8 x float> %182, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %186 = shufflevector <8 x float> %181, <8 x float> %183, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %187 = shufflevector <8 x float> %181, <8 x float> %183, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %188 = shufflevector <8 x float> %128, <8 x float> %145, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %189 = shufflevector <8 x float> %128, <8 x float> %145, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %190 = shufflevector <8 x float> %162, <8 x float> %179, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %191 = shufflevector <8 x float> %162, <8 x float> %179, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %192 = shufflevector <8 x float> %188, <8 x float> %190, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %193 = shufflevector <8 x float> %188, <8 x float> %190, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %194 = shufflevector <8 x float> %189, <8 x float> %191, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %195 = shufflevector <8 x float> %189, <8 x float> %191, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %196 = shufflevector <8 x float> %184, <8 x float> %192, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %197 = shufflevector <8 x float> %184, <8 x float> %192, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %198 = shufflevector <8 x float> %185, <8 x float> %193, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %199 = shufflevector <8 x float> %185, <8 x float> %193, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %200 = shufflevector <8 x float> %186, <8 x float> %194, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %201 = shufflevector <8 x float> %186, <8 x float> %194, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %202 = shufflevector <8 x float> %187, <8 x float> %195, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %203 = shufflevector <8 x float> %187, <8 x float> %195, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %204 = add i64 %i24, 0
  %205 = mul i64 %204, 256
  %206 = add i64 %205, %i20
  %207 = add i64 %40, %206
  %208 = getelementptr float, ptr %38, i64 %207
  store <8 x float> %196, ptr %208, align 4
  %209 = add i64 %i24, 1
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %i20
  %212 = add i64 %40, %211
  %213 = getelementptr float, ptr %38, i64 %212
  store <8 x float> %198, ptr %213, align 4
  %214 = add i64 %i24, 2
  %215 = mul i64 %214, 256
  %216 = add i64 %215, %i20
  %217 = add i64 %40, %216
  %218 = getelementptr float, ptr %38, i64 %217
  store <8 x float> %200, ptr %218, align 4
  %219 = add i64 %i24, 3
  %220 = mul i64 %219, 256
  %221 = add i64 %220, %i20
  %222 = add i64 %40, %221
  %223 = getelementptr float, ptr %38, i64 %222
  store <8 x float> %202, ptr %223, align 4
  %224 = add i64 %i24, 4
  %225 = mul i64 %224, 256
  %226 = add i64 %225, %i20
  %227 = add i64 %40, %226
  %228 = getelementptr float, ptr %38, i64 %227
  store <8 x float> %197, ptr %228, align 4
  %229 = add i64 %i24, 5
  %230 = mul i64 %229, 256
  %231 = add i64 %230, %i20
  %232 = add i64 %40, %231
  %233 = getelementptr float, ptr %38, i64 %232
  store <8 x float> %199, ptr %233, align 4
  %234 = add i64 %i24, 6
  %235 = mul i64 %234, 256
  %236 = add i64 %235, %i20
  %237 = add i64 %40, %236
  %238 = getelementptr float, ptr %38, i64 %237
  store <8 x float> %201, ptr %238, align 4
  %239 = add i64 %i24, 7
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i20
  %242 = add i64 %40, %241
  %243 = getelementptr float, ptr %38, i64 %242
  store <8 x float> %203, ptr %243, align 4
  br i1 %bf16, label %then, label %join

done23:                                           ; preds = %loop21
  %244 = add i64 %i20, 8
  br label %loop17

then:                                             ; preds = %body22
  %245 = getelementptr float, ptr %39, i64 %47
  store <8 x float> %60, ptr %245, align 4
  %246 = getelementptr float, ptr %39, i64 %64
  store <8 x float> %77, ptr %246, align 4
  %247 = getelementptr float, ptr %39, i64 %81
  store <8 x float> %94, ptr %247, align 4
  %248 = getelementptr float, ptr %39, i64 %98
  store <8 x float> %111, ptr %248, align 4
  %249 = getelementptr float, ptr %39, i64 %115
  store <8 x float> %128, ptr %249, align 4
  %250 = getelementptr float, ptr %39, i64 %132
  store <8 x float> %145, ptr %250, align 4
  %251 = getelementptr float, ptr %39, i64 %149
  store <8 x float> %162, ptr %251, align 4
  %252 = getelementptr float, ptr %39, i64 %166
  store <8 x float> %179, ptr %252, align 4
  br label %join

join:                                             ; preds = %then, %body22
  %253 = add i64 %i24, 8
  br label %loop21
}

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
  %bf16 = icmp eq i32 %prec, 1
  %train1 = icmp ne i32 %train, 0
  %19 = icmp ult i32 0, %s1
  %20 = icmp ule i32 %s0, 0
  %21 = and i1 %20, %19
  br i1 %21, label %then, label %join

then:                                             ; preds = %entry
  br label %join

join:                                             ; preds = %then, %entry
  %22 = icmp ult i32 1, %s1
  %23 = icmp ule i32 %s0, 1
  %24 = and i1 %23, %22
  br i1 %24, label %then2, label %join3

then2:                                            ; preds = %join
  br i1 %bf16, label %then4, label %join5

join3:                                            ; preds = %done12, %join
  %25 = icmp ult i32 2, %s1
  %26 = icmp ule i32 %s0, 2
  %27 = and i1 %26, %25
  br i1 %27, label %then54, label %join55

then4:                                            ; preds = %then2
  br label %loop

join5:                                            ; preds = %done, %then2
  br label %loop10

loop:                                             ; preds = %done8, %then4
  %i = phi i64 [ %b0, %then4 ], [ %46, %done8 ]
  %28 = icmp slt i64 %i, %b1
  br i1 %28, label %body, label %done

body:                                             ; preds = %loop
  %29 = mul i64 %i, 784
  %30 = add i64 %29, 0
  %31 = getelementptr float, ptr %acts, i64 %30
  br label %loop6

done:                                             ; preds = %loop
  br label %join5

loop6:                                            ; preds = %body7, %body
  %i9 = phi i64 [ 0, %body ], [ %45, %body7 ]
  %32 = icmp slt i64 %i9, 256
  br i1 %32, label %body7, label %done8

body7:                                            ; preds = %loop6
  %33 = getelementptr float, ptr %31, i64 %i9
  %34 = load <8 x float>, ptr %33, align 4
  %35 = bitcast <8 x float> %34 to <8 x i32>
  %36 = lshr <8 x i32> %35, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %37 = and <8 x i32> %36, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %38 = add <8 x i32> %37, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %39 = add <8 x i32> %35, %38
  %40 = fcmp uno <8 x float> %34, %34
  %41 = or <8 x i32> %35, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %42 = select <8 x i1> %40, <8 x i32> %41, <8 x i32> %39
  %43 = and <8 x i32> %42, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %44 = bitcast <8 x i32> %43 to <8 x float>
  store <8 x float> %44, ptr %33, align 4
  %45 = add i64 %i9, 8
  br label %loop6

done8:                                            ; preds = %loop6
  %46 = add i64 %i, 1
  br label %loop

loop10:                                           ; preds = %done16, %join5
  %i13 = phi i64 [ 0, %join5 ], [ %61, %done16 ]
  %47 = icmp slt i64 %i13, 1
  br i1 %47, label %body11, label %done12

body11:                                           ; preds = %loop10
  br label %loop14

done12:                                           ; preds = %loop10
  br label %join3

loop14:                                           ; preds = %done44, %body11
  %i17 = phi i64 [ 0, %body11 ], [ %295, %done44 ]
  %48 = icmp slt i64 %i17, 1
  br i1 %48, label %body15, label %done16

body15:                                           ; preds = %loop14
  %49 = mul i64 %i13, 1
  %50 = add i64 %49, %i17
  %51 = mul i64 %50, 65536
  %52 = add i64 256, %51
  %53 = getelementptr float, ptr %gains, i64 %52
  %54 = sub i64 %b1, %b0
  %55 = sdiv i64 %54, 6
  %56 = mul i64 %55, 6
  %57 = add i64 %b0, %56
  %58 = sub i64 %b1, %57
  %59 = and i64 %58, -2
  %60 = add i64 %57, %59
  br label %loop18

done16:                                           ; preds = %loop14
  %61 = add i64 %i13, 1
  br label %loop10

loop18:                                           ; preds = %done24, %body15
  %i21 = phi i64 [ 0, %body15 ], [ %100, %done24 ]
  %62 = icmp slt i64 %i21, 256
  br i1 %62, label %body19, label %done20

body19:                                           ; preds = %loop18
  br label %loop22

done20:                                           ; preds = %loop18
  br label %loop30

loop22:                                           ; preds = %done28, %body19
  %i25 = phi i64 [ %b0, %body19 ], [ %227, %done28 ]
  %63 = icmp slt i64 %i25, %57
  br i1 %63, label %body23, label %done24

body23:                                           ; preds = %loop22
  %64 = mul i64 %i17, 256
  %65 = add i64 %i25, 0
  %66 = mul i64 %65, 784
  %67 = add i64 %66, 0
  %68 = getelementptr float, ptr %acts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %64
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %70 = mul i64 %i17, 256
  %71 = add i64 %i25, 1
  %72 = mul i64 %71, 784
  %73 = add i64 %72, 0
  %74 = getelementptr float, ptr %acts, i64 %73
  %75 = getelementptr float, ptr %74, i64 %70
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %76 = mul i64 %i17, 256
  %77 = add i64 %i25, 2
  %78 = mul i64 %77, 784
  %79 = add i64 %78, 0
  %80 = getelementptr float, ptr %acts, i64 %79
  %81 = getelementptr float, ptr %80, i64 %76
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %82 = mul i64 %i17, 256
  %83 = add i64 %i25, 3
  %84 = mul i64 %83, 784
  %85 = add i64 %84, 0
  %86 = getelementptr float, ptr %acts, i64 %85
  %87 = getelementptr float, ptr %86, i64 %82
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %88 = mul i64 %i17, 256
  %89 = add i64 %i25, 4
  %90 = mul i64 %89, 784
  %91 = add i64 %90, 0
  %92 = getelementptr float, ptr %acts, i64 %91
  %93 = getelementptr float, ptr %92, i64 %88
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %94 = mul i64 %i17, 256
  %95 = add i64 %i25, 5
  %96 = mul i64 %95, 784
  %97 = add i64 %96, 0
  %98 = getelementptr float, ptr %acts, i64 %97
  %99 = getelementptr float, ptr %98, i64 %94
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  br label %loop26

done24:                                           ; preds = %loop22
  %100 = add i64 %i21, 16
  br label %loop18

loop26:                                           ; preds = %body27, %body23
  %i29 = phi i64 [ 0, %body23 ], [ %160, %body27 ]
  %101 = icmp slt i64 %i29, 256
  br i1 %101, label %body27, label %done28

body27:                                           ; preds = %loop26
  %102 = add i64 %i21, 0
  %103 = mul i64 %i29, 256
  %104 = add i64 %103, %102
  %105 = getelementptr float, ptr %53, i64 %104
  %106 = load <8 x float>, ptr %105, align 4
  %107 = add i64 %i21, 8
  %108 = mul i64 %i29, 256
  %109 = add i64 %108, %107
  %110 = getelementptr float, ptr %53, i64 %109
  %111 = load <8 x float>, ptr %110, align 4
  %112 = getelementptr float, ptr %69, i64 %i29
  %113 = load float, ptr %112, align 4
  %114 = insertelement <8 x float> undef, float %113, i32 0
  %115 = shufflevector <8 x float> %114, <8 x float> undef, <8 x i32> zeroinitializer
  %116 = load <8 x float>, ptr %18, align 32
  %117 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %115, <8 x float> %106, <8 x float> %116)
  store <8 x float> %117, ptr %18, align 32
  %118 = load <8 x float>, ptr %17, align 32
  %119 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %115, <8 x float> %111, <8 x float> %118)
  store <8 x float> %119, ptr %17, align 32
  %120 = getelementptr float, ptr %75, i64 %i29
  %121 = load float, ptr %120, align 4
  %122 = insertelement <8 x float> undef, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> undef, <8 x i32> zeroinitializer
  %124 = load <8 x float>, ptr %16, align 32
  %125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %106, <8 x float> %124)
  store <8 x float> %125, ptr %16, align 32
  %126 = load <8 x float>, ptr %15, align 32
  %127 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %111, <8 x float> %126)
  store <8 x float> %127, ptr %15, align 32
  %128 = getelementptr float, ptr %81, i64 %i29
  %129 = load float, ptr %128, align 4
  %130 = insertelement <8 x float> undef, float %129, i32 0
  %131 = shufflevector <8 x float> %130, <8 x float> undef, <8 x i32> zeroinitializer
  %132 = load <8 x float>, ptr %14, align 32
  %133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %131, <8 x float> %106, <8 x float> %132)
  store <8 x float> %133, ptr %14, align 32
  %134 = load <8 x float>, ptr %13, align 32
  %135 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %131, <8 x float> %111, <8 x float> %134)
  store <8 x float> %135, ptr %13, align 32
  %136 = getelementptr float, ptr %87, i64 %i29
  %137 = load float, ptr %136, align 4
  %138 = insertelement <8 x float> undef, float %137, i32 0
  %139 = shufflevector <8 x float> %138, <8 x float> undef, <8 x i32> zeroinitializer
  %140 = load <8 x float>, ptr %12, align 32
  %141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %139, <8 x float> %106, <8 x float> %140)
  store <8 x float> %141, ptr %12, align 32
  %142 = load <8 x float>, ptr %11, align 32
  %143 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %139, <8 x float> %111, <8 x float> %142)
  store <8 x float> %143, ptr %11, align 32
  %144 = getelementptr float, ptr %93, i64 %i29
  %145 = load float, ptr %144, align 4
  %146 = insertelement <8 x float> undef, float %145, i32 0
  %147 = shufflevector <8 x float> %146, <8 x float> undef, <8 x i32> zeroinitializer
  %148 = load <8 x float>, ptr %10, align 32
  %149 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %106, <8 x float> %148)
  store <8 x float> %149, ptr %10, align 32
  %150 = load <8 x float>, ptr %9, align 32
  %151 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %147, <8 x float> %111, <8 x float> %150)
  store <8 x float> %151, ptr %9, align 32
  %152 = getelementptr float, ptr %99, i64 %i29
  %153 = load float, ptr %152, align 4
  %154 = insertelement <8 x float> undef, float %153, i32 0
  %155 = shufflevector <8 x float> %154, <8 x float> undef, <8 x i32> zeroinitializer
  %156 = load <8 x float>, ptr %8, align 32
  %157 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %155, <8 x float> %106, <8 x float> %156)
  store <8 x float> %157, ptr %8, align 32
  %158 = load <8 x float>, ptr %7, align 32
  %159 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %155, <8 x float> %111, <8 x float> %158)
  store <8 x float> %159, ptr %7, align 32
  %160 = add i64 %i29, 1
  br label %loop26

done28:                                           ; preds = %loop26
  %161 = mul i64 %50, 256
  %162 = add i64 %161, %i21
  %163 = add i64 %i25, 0
  %164 = mul i64 %163, 784
  %165 = add i64 %164, 256
  %166 = getelementptr float, ptr %acts, i64 %165
  %167 = getelementptr float, ptr %166, i64 %162
  %168 = getelementptr float, ptr %167, i64 0
  %169 = load <8 x float>, ptr %18, align 32
  store <8 x float> %169, ptr %168, align 4
  %170 = getelementptr float, ptr %167, i64 8
  %171 = load <8 x float>, ptr %17, align 32
  store <8 x float> %171, ptr %170, align 4
  %172 = mul i64 %50, 256
  %173 = add i64 %172, %i21
  %174 = add i64 %i25, 1
  %175 = mul i64 %174, 784
  %176 = add i64 %175, 256
  %177 = getelementptr float, ptr %acts, i64 %176
  %178 = getelementptr float, ptr %177, i64 %173
  %179 = getelementptr float, ptr %178, i64 0
  %180 = load <8 x float>, ptr %16, align 32
  store <8 x float> %180, ptr %179, align 4
  %181 = getelementptr float, ptr %178, i64 8
  %182 = load <8 x float>, ptr %15, align 32
  store <8 x float> %182, ptr %181, align 4
  %183 = mul i64 %50, 256
  %184 = add i64 %183, %i21
  %185 = add i64 %i25, 2
  %186 = mul i64 %185, 784
  %187 = add i64 %186, 256
  %188 = getelementptr float, ptr %acts, i64 %187
  %189 = getelementptr float, ptr %188, i64 %184
  %190 = getelementptr float, ptr %189, i64 0
  %191 = load <8 x float>, ptr %14, align 32
  store <8 x float> %191, ptr %190, align 4
  %192 = getelementptr float, ptr %189, i64 8
  %193 = load <8 x float>, ptr %13, align 32
  store <8 x float> %193, ptr %192, align 4
  %194 = mul i64 %50, 256
  %195 = add i64 %194, %i21
  %196 = add i64 %i25, 3
  %197 = mul i64 %196, 784
  %198 = add i64 %197, 256
  %199 = getelementptr float, ptr %acts, i64 %198
  %200 = getelementptr float, ptr %199, i64 %195
  %201 = getelementptr float, ptr %200, i64 0
  %202 = load <8 x float>, ptr %12, align 32
  store <8 x float> %202, ptr %201, align 4
  %203 = getelementptr float, ptr %200, i64 8
  %204 = load <8 x float>, ptr %11, align 32
  store <8 x float> %204, ptr %203, align 4
  %205 = mul i64 %50, 256
  %206 = add i64 %205, %i21
  %207 = add i64 %i25, 4
  %208 = mul i64 %207, 784
  %209 = add i64 %208, 256
  %210 = getelementptr float, ptr %acts, i64 %209
  %211 = getelementptr float, ptr %210, i64 %206
  %212 = getelementptr float, ptr %211, i64 0
  %213 = load <8 x float>, ptr %10, align 32
  store <8 x float> %213, ptr %212, align 4
  %214 = getelementptr float, ptr %211, i64 8
  %215 = load <8 x float>, ptr %9, align 32
  store <8 x float> %215, ptr %214, align 4
  %216 = mul i64 %50, 256
  %217 = add i64 %216, %i21
  %218 = add i64 %i25, 5
  %219 = mul i64 %218, 784
  %220 = add i64 %219, 256
  %221 = getelementptr float, ptr %acts, i64 %220
  %222 = getelementptr float, ptr %221, i64 %217
  %223 = getelementptr float, ptr %222, i64 0
  %224 = load <8 x float>, ptr %8, align 32
  store <8 x float> %224, ptr %223, align 4
  %225 = getelementptr float, ptr %222, i64 8
  %226 = load <8 x float>, ptr %7, align 32
  store <8 x float> %226, ptr %225, align 4
  %227 = add i64 %i25, 6
  br label %loop22

loop30:                                           ; preds = %done36, %done20
  %i33 = phi i64 [ 0, %done20 ], [ %242, %done36 ]
  %228 = icmp slt i64 %i33, 256
  br i1 %228, label %body31, label %done32

body31:                                           ; preds = %loop30
  br label %loop34

done32:                                           ; preds = %loop30
  br label %loop42

loop34:                                           ; preds = %done40, %body31
  %i37 = phi i64 [ %57, %body31 ], [ %293, %done40 ]
  %229 = icmp slt i64 %i37, %60
  br i1 %229, label %body35, label %done36

body35:                                           ; preds = %loop34
  %230 = mul i64 %i17, 256
  %231 = add i64 %i37, 0
  %232 = mul i64 %231, 784
  %233 = add i64 %232, 0
  %234 = getelementptr float, ptr %acts, i64 %233
  %235 = getelementptr float, ptr %234, i64 %230
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %236 = mul i64 %i17, 256
  %237 = add i64 %i37, 1
  %238 = mul i64 %237, 784
  %239 = add i64 %238, 0
  %240 = getelementptr float, ptr %acts, i64 %239
  %241 = getelementptr float, ptr %240, i64 %236
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop38

done36:                                           ; preds = %loop34
  %242 = add i64 %i33, 16
  br label %loop30

loop38:                                           ; preds = %body39, %body35
  %i41 = phi i64 [ 0, %body35 ], [ %270, %body39 ]
  %243 = icmp slt i64 %i41, 256
  br i1 %243, label %body39, label %done40

body39:                                           ; preds = %loop38
  %244 = add i64 %i33, 0
  %245 = mul i64 %i41, 256
  %246 = add i64 %245, %244
  %247 = getelementptr float, ptr %53, i64 %246
  %248 = load <8 x float>, ptr %247, align 4
  %249 = add i64 %i33, 8
  %250 = mul i64 %i41, 256
  %251 = add i64 %250, %249
  %252 = getelementptr float, ptr %53, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = getelementptr float, ptr %235, i64 %i41
  %255 = load float, ptr %254, align 4
  %256 = insertelement <8 x float> undef, float %255, i32 0
  %257 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, ptr %6, align 32
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %248, <8 x float> %258)
  store <8 x float> %259, ptr %6, align 32
  %260 = load <8 x float>, ptr %5, align 32
  %261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %253, <8 x float> %260)
  store <8 x float> %261, ptr %5, align 32
  %262 = getelementptr float, ptr %241, i64 %i41
  %263 = load float, ptr %262, align 4
  %264 = insertelement <8 x float> undef, float %263, i32 0
  %265 = shufflevector <8 x float> %264, <8 x float> undef, <8 x i32> zeroinitializer
  %266 = load <8 x float>, ptr %4, align 32
  %267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %265, <8 x float> %248, <8 x float> %266)
  store <8 x float> %267, ptr %4, align 32
  %268 = load <8 x float>, ptr %3, align 32
  %269 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %265, <8 x float> %253, <8 x float> %268)
  store <8 x float> %269, ptr %3, align 32
  %270 = add i64 %i41, 1
  br label %loop38

done40:                                           ; preds = %loop38
  %271 = mul i64 %50, 256
  %272 = add i64 %271, %i33
  %273 = add i64 %i37, 0
  %274 = mul i64 %273, 784
  %275 = add i64 %274, 256
  %276 = getelementptr float, ptr %acts, i64 %275
  %277 = getelementptr float, ptr %276, i64 %272
  %278 = getelementptr float, ptr %277, i64 0
  %279 = load <8 x float>, ptr %6, align 32
  store <8 x float> %279, ptr %278, align 4
  %280 = getelementptr float, ptr %277, i64 8
  %281 = load <8 x float>, ptr %5, align 32
  store <8 x float> %281, ptr %280, align 4
  %282 = mul i64 %50, 256
  %283 = add i64 %282, %i33
  %284 = add i64 %i37, 1
  %285 = mul i64 %284, 784
  %286 = add i64 %285, 256
  %287 = getelementptr float, ptr %acts, i64 %286
  %288 = getelementptr float, ptr %287, i64 %283
  %289 = getelementptr float, ptr %288, i64 0
  %290 = load <8 x float>, ptr %4, align 32
  store <8 x float> %290, ptr %289, align 4
  %291 = getelementptr float, ptr %288, i64 8
  %292 = load <8 x float>, ptr %3, align 32
  store <8 x float> %292, ptr %291, align 4
  %293 = add i64 %i37, 2
  br label %loop34

loop42:                                           ; preds = %done48, %done32
  %i45 = phi i64 [ 0, %done32 ], [ %303, %done48 ]
  %294 = icmp slt i64 %i45, 256
  br i1 %294, label %body43, label %done44

body43:                                           ; preds = %loop42
  br label %loop46

done44:                                           ; preds = %loop42
  %295 = add i64 %i17, 1
  br label %loop14

loop46:                                           ; preds = %done52, %body43
  %i49 = phi i64 [ %60, %body43 ], [ %335, %done52 ]
  %296 = icmp slt i64 %i49, %b1
  br i1 %296, label %body47, label %done48

body47:                                           ; preds = %loop46
  %297 = mul i64 %i17, 256
  %298 = add i64 %i49, 0
  %299 = mul i64 %298, 784
  %300 = add i64 %299, 0
  %301 = getelementptr float, ptr %acts, i64 %300
  %302 = getelementptr float, ptr %301, i64 %297
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop50

done48:                                           ; preds = %loop46
  %303 = add i64 %i45, 16
  br label %loop42

loop50:                                           ; preds = %body51, %body47
  %i53 = phi i64 [ 0, %body47 ], [ %323, %body51 ]
  %304 = icmp slt i64 %i53, 256
  br i1 %304, label %body51, label %done52

body51:                                           ; preds = %loop50
  %305 = add i64 %i45, 0
  %306 = mul i64 %i53, 256
  %307 = add i64 %306, %305
  %308 = getelementptr float, ptr %53, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = add i64 %i45, 8
  %311 = mul i64 %i53, 256
  %312 = add i64 %311, %310
  %313 = getelementptr float, ptr %53, i64 %312
  %314 = load <8 x float>, ptr %313, align 4
  %315 = getelementptr float, ptr %302, i64 %i53
  %316 = load float, ptr %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %318 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = load <8 x float>, ptr %2, align 32
  %320 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %318, <8 x float> %309, <8 x float> %319)
  store <8 x float> %320, ptr %2, align 32
  %321 = load <8 x float>, ptr %1, align 32
  %322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %318, <8 x float> %314, <8 x float> %321)
  store <8 x float> %322, ptr %1, align 32
  %323 = add i64 %i53, 1
  br label %loop50

done52:                                           ; preds = %loop50
  %324 = mul i64 %50, 256
  %325 = add i64 %324, %i45
  %326 = add i64 %i49, 0
  %327 = mul i64 %326, 784
  %328 = add i64 %327, 256
  %329 = getelementptr float, ptr %acts, i64 %328
  %330 = getelementptr float, ptr %329, i64 %325
  %331 = getelementptr float, ptr %330, i64 0
  %332 = load <8 x float>, ptr %2, align 32
  store <8 x float> %332, ptr %331, align 4
  %333 = getelementptr float, ptr %330, i64 8
  %334 = load <8 x float>, ptr %1, align 32
  store <8 x float> %334, ptr %333, align 4
  %335 = add i64 %i49, 1
  br label %loop46

then54:                                           ; preds = %join3
  br label %loop56

join55:                                           ; preds = %done58, %join3
  %336 = icmp ult i32 3, %s1
  %337 = icmp ule i32 %s0, 3
  %338 = and i1 %337, %336
  br i1 %338, label %then72, label %join73

loop56:                                           ; preds = %done62, %then54
  %i59 = phi i64 [ %b0, %then54 ], [ %347, %done62 ]
  %339 = icmp slt i64 %i59, %b1
  br i1 %339, label %body57, label %done58

body57:                                           ; preds = %loop56
  %340 = mul i64 %i59, 784
  %341 = add i64 %340, 256
  %342 = getelementptr float, ptr %acts, i64 %341
  %343 = mul i64 %i59, 784
  %344 = add i64 %343, 512
  %345 = getelementptr float, ptr %acts, i64 %344
  br label %loop60

done58:                                           ; preds = %loop56
  br label %join55

loop60:                                           ; preds = %done66, %body57
  %i63 = phi i64 [ 0, %body57 ], [ %349, %done66 ]
  %346 = icmp slt i64 %i63, 1
  br i1 %346, label %body61, label %done62

body61:                                           ; preds = %loop60
  br label %loop64

done62:                                           ; preds = %loop60
  %347 = add i64 %i59, 1
  br label %loop56

loop64:                                           ; preds = %done70, %body61
  %i67 = phi i64 [ 0, %body61 ], [ %370, %done70 ]
  %348 = icmp slt i64 %i67, 256
  br i1 %348, label %body65, label %done66

body65:                                           ; preds = %loop64
  store float 0.000000e+00, ptr %0, align 4
  br label %loop68

done66:                                           ; preds = %loop64
  %349 = add i64 %i63, 1
  br label %loop60

loop68:                                           ; preds = %body69, %body65
  %i71 = phi i64 [ 0, %body65 ], [ %359, %body69 ]
  %350 = icmp slt i64 %i71, 1
  br i1 %350, label %body69, label %done70

body69:                                           ; preds = %loop68
  %351 = mul i64 %i63, 1
  %352 = add i64 %351, %i71
  %353 = mul i64 %352, 256
  %354 = add i64 %353, %i67
  %355 = getelementptr float, ptr %342, i64 %354
  %356 = load float, ptr %355, align 4
  %357 = load float, ptr %0, align 4
  %358 = fadd float %357, %356
  store float %358, ptr %0, align 4
  %359 = add i64 %i71, 1
  br label %loop68

done70:                                           ; preds = %loop68
  %360 = mul i64 %i63, 256
  %361 = add i64 %360, %i67
  %362 = add i64 0, %361
  %363 = getelementptr float, ptr %gains, i64 %362
  %364 = load float, ptr %363, align 4
  %365 = load float, ptr %0, align 4
  %366 = fmul float %365, %364
  %367 = icmp slt i64 %361, 10
  %368 = getelementptr float, ptr %345, i64 %361
  %369 = select i1 %367, float %366, float 0.000000e+00
  store float %369, ptr %368, align 4
  %370 = add i64 %i67, 1
  br label %loop64

then72:                                           ; preds = %join55
  br label %loop74

join73:                                           ; preds = %done76, %join55
  ret void

loop74:                                           ; preds = %done80, %then72
  %i77 = phi i64 [ %b0, %then72 ], [ %383, %done80 ]
  %371 = icmp slt i64 %i77, %b1
  br i1 %371, label %body75, label %done76

body75:                                           ; preds = %loop74
  br label %loop78

done76:                                           ; preds = %loop74
  br label %join73

loop78:                                           ; preds = %body79, %body75
  %i81 = phi i64 [ 0, %body75 ], [ %382, %body79 ]
  %372 = icmp slt i64 %i81, 10
  br i1 %372, label %body79, label %done80

body79:                                           ; preds = %loop78
  %373 = mul i64 %i77, 784
  %374 = add i64 %373, 768
  %375 = getelementptr float, ptr %acts, i64 %374
  %376 = getelementptr float, ptr %375, i64 %i81
  %377 = mul i64 %i77, 784
  %378 = add i64 %377, 512
  %379 = getelementptr float, ptr %acts, i64 %378
  %380 = getelementptr float, ptr %379, i64 %i81
  %381 = load float, ptr %380, align 4
  store float %381, ptr %376, align 4
  %382 = add i64 %i81, 1
  br label %loop78

done80:                                           ; preds = %loop78
  %383 = add i64 %i77, 1
  br label %loop74
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 1.000000e+01
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 784
  %9 = add i64 %8, 768
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 784
  %12 = add i64 %11, 768
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
  %18 = icmp slt i64 %i4, 10
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
  %29 = icmp slt i64 %i8, 10
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
  %55 = icmp slt i64 %i12, 10
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
declare float @llvm.exp.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec, i64 %seed, i64 %step, i64 %first, i32 %s0, i32 %s1) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp ult i32 3, %s1
  %1 = icmp ule i32 %s0, 3
  %2 = and i1 %1, %0
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  %3 = icmp ult i32 2, %s1
  %4 = icmp ule i32 %s0, 2
  %5 = and i1 %4, %3
  br i1 %5, label %then9, label %join10

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %b0, %then ], [ %21, %done7 ]
  %6 = icmp slt i64 %i, %b1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = mul i64 %i, 784
  %8 = add i64 %7, 512
  %9 = getelementptr float, ptr %dacts, i64 %8
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %12, %body2 ]
  %10 = icmp slt i64 %i4, 256
  br i1 %10, label %body2, label %done3

body2:                                            ; preds = %loop1
  %11 = getelementptr float, ptr %9, i64 %i4
  store <8 x float> zeroinitializer, ptr %11, align 4
  %12 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %20, %body6 ]
  %13 = icmp slt i64 %i8, 10
  br i1 %13, label %body6, label %done7

body6:                                            ; preds = %loop5
  %14 = getelementptr float, ptr %9, i64 %i8
  %15 = mul i64 %i, 784
  %16 = add i64 %15, 768
  %17 = getelementptr float, ptr %dacts, i64 %16
  %18 = getelementptr float, ptr %17, i64 %i8
  %19 = load float, ptr %18, align 4
  store float %19, ptr %14, align 4
  %20 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %21 = add i64 %i, 1
  br label %loop

then9:                                            ; preds = %join
  br label %loop11

join10:                                           ; preds = %done13, %join
  %22 = icmp ult i32 0, %s1
  %23 = icmp ule i32 %s0, 0
  %24 = and i1 %23, %22
  br i1 %24, label %then27, label %join28

loop11:                                           ; preds = %done17, %then9
  %i14 = phi i64 [ %b0, %then9 ], [ %33, %done17 ]
  %25 = icmp slt i64 %i14, %b1
  br i1 %25, label %body12, label %done13

body12:                                           ; preds = %loop11
  %26 = mul i64 %i14, 784
  %27 = add i64 %26, 512
  %28 = getelementptr float, ptr %dacts, i64 %27
  %29 = mul i64 %i14, 784
  %30 = add i64 %29, 256
  %31 = getelementptr float, ptr %dacts, i64 %30
  br label %loop15

done13:                                           ; preds = %loop11
  br label %join10

loop15:                                           ; preds = %done21, %body12
  %i18 = phi i64 [ 0, %body12 ], [ %56, %done21 ]
  %32 = icmp slt i64 %i18, 1
  br i1 %32, label %body16, label %done17

body16:                                           ; preds = %loop15
  br label %loop19

done17:                                           ; preds = %loop15
  %33 = add i64 %i14, 1
  br label %loop11

loop19:                                           ; preds = %done25, %body16
  %i22 = phi i64 [ 0, %body16 ], [ %64, %done25 ]
  %34 = icmp slt i64 %i22, 256
  br i1 %34, label %body20, label %done21

body20:                                           ; preds = %loop19
  %35 = mul i64 %i18, 256
  %36 = add i64 %35, %i22
  %37 = getelementptr float, ptr %28, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = bitcast float %38 to i32
  %40 = lshr i32 %39, 16
  %41 = and i32 %40, 1
  %42 = add i32 %41, 32767
  %43 = add i32 %39, %42
  %44 = fcmp uno float %38, %38
  %45 = or i32 %39, 4194304
  %46 = select i1 %44, i32 %45, i32 %43
  %47 = and i32 %46, -65536
  %48 = bitcast i32 %47 to float
  %49 = select i1 %bf16, float %48, float %38
  store float %49, ptr %37, align 4
  %50 = add i64 0, %36
  %51 = getelementptr float, ptr %gains, i64 %50
  %52 = load float, ptr %51, align 4
  %53 = fmul float %49, %52
  %54 = icmp slt i64 %36, 10
  %55 = select i1 %54, float %53, float 0.000000e+00
  br label %loop23

done21:                                           ; preds = %loop19
  %56 = add i64 %i18, 1
  br label %loop15

loop23:                                           ; preds = %body24, %body20
  %i26 = phi i64 [ 0, %body20 ], [ %63, %body24 ]
  %57 = icmp slt i64 %i26, 1
  br i1 %57, label %body24, label %done25

body24:                                           ; preds = %loop23
  %58 = mul i64 %i18, 1
  %59 = add i64 %58, %i26
  %60 = mul i64 %59, 256
  %61 = add i64 %60, %i22
  %62 = getelementptr float, ptr %31, i64 %61
  store float %55, ptr %62, align 4
  %63 = add i64 %i26, 1
  br label %loop23

done25:                                           ; preds = %loop23
  %64 = add i64 %i22, 1
  br label %loop19

then27:                                           ; preds = %join10
  br label %join28

join28:                                           ; preds = %then27, %join10
  ret void
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
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
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  %16 = icmp sgt i64 %u0, 0
  %17 = select i1 %16, i64 %u0, i64 0
  %18 = icmp slt i64 %u1, 256
  %19 = select i1 %18, i64 %u1, i64 256
  %20 = icmp slt i64 %19, %17
  %21 = select i1 %20, i64 %17, i64 %19
  %22 = getelementptr float, ptr %grads, i64 65536
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ %17, %entry ], [ %37, %done3 ]
  %23 = icmp slt i64 %i, %21
  br i1 %23, label %body, label %done

body:                                             ; preds = %loop
  %24 = sub i64 %i, 0
  %25 = sdiv i64 %24, 256
  %26 = srem i64 %24, 256
  %27 = icmp slt i64 %24, 10
  store float 0.000000e+00, ptr %15, align 4
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %56, %done7 ]
  %28 = icmp slt i64 %i4, %batch
  br i1 %28, label %body2, label %done3

body2:                                            ; preds = %loop1
  %29 = mul i64 %i4, 784
  %30 = add i64 %29, 256
  %31 = getelementptr float, ptr %acts, i64 %30
  store float 0.000000e+00, ptr %14, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %32 = load float, ptr %15, align 4
  %33 = select i1 %27, float %32, float 0.000000e+00
  %34 = mul i64 %25, 65536
  %35 = add i64 %34, %26
  %36 = getelementptr float, ptr %22, i64 %35
  store float %33, ptr %36, align 4
  %37 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %47, %body6 ]
  %38 = icmp slt i64 %i8, 1
  br i1 %38, label %body6, label %done7

body6:                                            ; preds = %loop5
  %39 = mul i64 %25, 1
  %40 = add i64 %39, %i8
  %41 = mul i64 %40, 256
  %42 = add i64 %41, %26
  %43 = getelementptr float, ptr %31, i64 %42
  %44 = load float, ptr %43, align 4
  %45 = load float, ptr %14, align 4
  %46 = fadd float %45, %44
  store float %46, ptr %14, align 4
  %47 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %48 = mul i64 %i4, 784
  %49 = add i64 %48, 512
  %50 = getelementptr float, ptr %dacts, i64 %49
  %51 = getelementptr float, ptr %50, i64 %24
  %52 = load float, ptr %51, align 4
  %53 = load float, ptr %15, align 4
  %54 = load float, ptr %14, align 4
  %55 = call float @llvm.fmuladd.f32(float %52, float %54, float %53)
  store float %55, ptr %15, align 4
  %56 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ 1, %done ], [ %75, %done15 ]
  %57 = icmp slt i64 %i12, 256
  br i1 %57, label %body10, label %done11

body10:                                           ; preds = %loop9
  br label %loop13

done11:                                           ; preds = %loop9
  %58 = sub i64 %21, %17
  %59 = sdiv i64 %58, 24
  %60 = mul i64 %59, 24
  %61 = add i64 %17, %60
  %62 = getelementptr float, ptr %grads, i64 0
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %17, %body10 ], [ %74, %body14 ]
  %63 = icmp slt i64 %i16, %21
  br i1 %63, label %body14, label %done15

body14:                                           ; preds = %loop13
  %64 = sub i64 %i16, 0
  %65 = srem i64 %64, 256
  %66 = sdiv i64 %64, 256
  %67 = mul i64 %66, 65536
  %68 = add i64 %67, %65
  %69 = mul i64 %i12, 256
  %70 = add i64 %68, %69
  %71 = getelementptr float, ptr %22, i64 %70
  %72 = getelementptr float, ptr %22, i64 %68
  %73 = load float, ptr %72, align 4
  store float %73, ptr %71, align 4
  %74 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %75 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done11
  %i20 = phi i64 [ %17, %done11 ], [ %82, %done23 ]
  %76 = icmp slt i64 %i20, %61
  br i1 %76, label %body18, label %done19

body18:                                           ; preds = %loop17
  %77 = add i64 %i20, 96
  %78 = icmp slt i64 %77, %61
  %79 = select i1 %78, i64 %77, i64 %61
  br label %loop21

done19:                                           ; preds = %loop17
  %80 = getelementptr float, ptr %grads, i64 0
  br label %loop37

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %84, %done27 ]
  %81 = icmp slt i64 %i24, 1
  br i1 %81, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %82 = add i64 %i20, 96
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %87, %done31 ]
  %83 = icmp slt i64 %i28, 256
  br i1 %83, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %84 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %body26
  %i32 = phi i64 [ %i20, %body26 ], [ %457, %done35 ]
  %85 = icmp slt i64 %i32, %79
  br i1 %85, label %body30, label %done31

body30:                                           ; preds = %loop29
  %86 = sub i64 %i32, 0
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
  store <8 x float> zeroinitializer, ptr %2, align 32
  br label %loop33

done31:                                           ; preds = %loop29
  %87 = add i64 %i28, 4
  br label %loop25

loop33:                                           ; preds = %join, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %504, %join ]
  %88 = icmp slt i64 %i36, %batch
  br i1 %88, label %body34, label %done35

body34:                                           ; preds = %loop33
  %89 = mul i64 %i36, 784
  %90 = add i64 %89, 512
  %91 = getelementptr float, ptr %dacts, i64 %90
  %92 = getelementptr float, ptr %91, i64 %86
  %93 = add i64 %i36, 4
  %94 = mul i64 %93, 784
  %95 = add i64 %94, 512
  %96 = getelementptr float, ptr %dacts, i64 %95
  %97 = getelementptr float, ptr %96, i64 %86
  call void @llvm.prefetch.p0(ptr %97, i32 0, i32 3, i32 1)
  %98 = mul i64 %i24, 256
  %99 = add i64 %98, %i28
  %100 = mul i64 %93, 784
  %101 = add i64 %100, 0
  %102 = getelementptr float, ptr %acts, i64 %101
  %103 = getelementptr float, ptr %102, i64 %99
  call void @llvm.prefetch.p0(ptr %103, i32 0, i32 3, i32 1)
  %104 = getelementptr float, ptr %92, i64 0
  %105 = load <8 x float>, ptr %104, align 4
  %106 = bitcast <8 x float> %105 to <8 x i32>
  %107 = getelementptr float, ptr %92, i64 8
  %108 = load <8 x float>, ptr %107, align 4
  %109 = bitcast <8 x float> %108 to <8 x i32>
  %110 = or <8 x i32> %106, %109
  %111 = getelementptr float, ptr %92, i64 16
  %112 = load <8 x float>, ptr %111, align 4
  %113 = bitcast <8 x float> %112 to <8 x i32>
  %114 = or <8 x i32> %110, %113
  %115 = and <8 x i32> %114, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %116 = icmp ne <8 x i32> %115, zeroinitializer
  %117 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %116)
  br i1 %117, label %then, label %join

done35:                                           ; preds = %loop33
  %118 = add i64 %86, 0
  %119 = insertelement <8 x i64> undef, i64 %118, i32 0
  %120 = shufflevector <8 x i64> %119, <8 x i64> undef, <8 x i32> zeroinitializer
  %121 = add <8 x i64> %120, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %122 = icmp slt <8 x i64> %121, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %123 = add i64 0, %118
  %124 = getelementptr float, ptr %gains, i64 %123
  %125 = load <8 x float>, ptr %124, align 4
  %126 = select <8 x i1> %122, <8 x float> %125, <8 x float> zeroinitializer
  %127 = load <8 x float>, ptr %13, align 32
  %128 = fmul <8 x float> %127, %126
  %129 = load <8 x float>, ptr %10, align 32
  %130 = fmul <8 x float> %129, %126
  %131 = load <8 x float>, ptr %7, align 32
  %132 = fmul <8 x float> %131, %126
  %133 = load <8 x float>, ptr %4, align 32
  %134 = fmul <8 x float> %133, %126
  %135 = shufflevector <8 x float> %128, <8 x float> %130, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %136 = shufflevector <8 x float> %128, <8 x float> %130, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %137 = shufflevector <8 x float> %132, <8 x float> %134, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %138 = shufflevector <8 x float> %132, <8 x float> %134, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %139 = shufflevector <8 x float> %135, <8 x float> %137, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %140 = shufflevector <8 x float> %135, <8 x float> %137, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %141 = shufflevector <8 x float> %136, <8 x float> %138, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %142 = shufflevector <8 x float> %136, <8 x float> %138, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %143 = shufflevector <8 x float> %139, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %144 = add i64 %118, 0
  %145 = sdiv i64 %144, 256
  %146 = srem i64 %144, 256
  %147 = mul i64 %145, 1
  %148 = add i64 %147, %i24
  %149 = mul i64 %148, 256
  %150 = add i64 %149, %146
  %151 = mul i64 %150, 256
  %152 = add i64 %151, %i28
  %153 = getelementptr float, ptr %62, i64 %152
  store <4 x float> %143, ptr %153, align 4
  %154 = shufflevector <8 x float> %140, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %155 = add i64 %118, 1
  %156 = sdiv i64 %155, 256
  %157 = srem i64 %155, 256
  %158 = mul i64 %156, 1
  %159 = add i64 %158, %i24
  %160 = mul i64 %159, 256
  %161 = add i64 %160, %157
  %162 = mul i64 %161, 256
  %163 = add i64 %162, %i28
  %164 = getelementptr float, ptr %62, i64 %163
  store <4 x float> %154, ptr %164, align 4
  %165 = shufflevector <8 x float> %141, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %166 = add i64 %118, 2
  %167 = sdiv i64 %166, 256
  %168 = srem i64 %166, 256
  %169 = mul i64 %167, 1
  %170 = add i64 %169, %i24
  %171 = mul i64 %170, 256
  %172 = add i64 %171, %168
  %173 = mul i64 %172, 256
  %174 = add i64 %173, %i28
  %175 = getelementptr float, ptr %62, i64 %174
  store <4 x float> %165, ptr %175, align 4
  %176 = shufflevector <8 x float> %142, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %177 = add i64 %118, 3
  %178 = sdiv i64 %177, 256
  %179 = srem i64 %177, 256
  %180 = mul i64 %178, 1
  %181 = add i64 %180, %i24
  %182 = mul i64 %181, 256
  %183 = add i64 %182, %179
  %184 = mul i64 %183, 256
  %185 = add i64 %184, %i28
  %186 = getelementptr float, ptr %62, i64 %185
  store <4 x float> %176, ptr %186, align 4
  %187 = shufflevector <8 x float> %139, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %188 = add i64 %118, 4
  %189 = sdiv i64 %188, 256
  %190 = srem i64 %188, 256
  %191 = mul i64 %189, 1
  %192 = add i64 %191, %i24
  %193 = mul i64 %192, 256
  %194 = add i64 %193, %190
  %195 = mul i64 %194, 256
  %196 = add i64 %195, %i28
  %197 = getelementptr float, ptr %62, i64 %196
  store <4 x float> %187, ptr %197, align 4
  %198 = shufflevector <8 x float> %140, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %199 = add i64 %118, 5
  %200 = sdiv i64 %199, 256
  %201 = srem i64 %199, 256
  %202 = mul i64 %200, 1
  %203 = add i64 %202, %i24
  %204 = mul i64 %203, 256
  %205 = add i64 %204, %201
  %206 = mul i64 %205, 256
  %207 = add i64 %206, %i28
  %208 = getelementptr float, ptr %62, i64 %207
  store <4 x float> %198, ptr %208, align 4
  %209 = shufflevector <8 x float> %141, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %210 = add i64 %118, 6
  %211 = sdiv i64 %210, 256
  %212 = srem i64 %210, 256
  %213 = mul i64 %211, 1
  %214 = add i64 %213, %i24
  %215 = mul i64 %214, 256
  %216 = add i64 %215, %212
  %217 = mul i64 %216, 256
  %218 = add i64 %217, %i28
  %219 = getelementptr float, ptr %62, i64 %218
  store <4 x float> %209, ptr %219, align 4
  %220 = shufflevector <8 x float> %142, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %221 = add i64 %118, 7
  %222 = sdiv i64 %221, 256
  %223 = srem i64 %221, 256
  %224 = mul i64 %222, 1
  %225 = add i64 %224, %i24
  %226 = mul i64 %225, 256
  %227 = add i64 %226, %223
  %228 = mul i64 %227, 256
  %229 = add i64 %228, %i28
  %230 = getelementptr float, ptr %62, i64 %229
  store <4 x float> %220, ptr %230, align 4
  %231 = add i64 %86, 8
  %232 = insertelement <8 x i64> undef, i64 %231, i32 0
  %233 = shufflevector <8 x i64> %232, <8 x i64> undef, <8 x i32> zeroinitializer
  %234 = add <8 x i64> %233, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %235 = icmp slt <8 x i64> %234, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %236 = add i64 0, %231
  %237 = getelementptr float, ptr %gains, i64 %236
  %238 = load <8 x float>, ptr %237, align 4
  %239 = select <8 x i1> %235, <8 x float> %238, <8 x float> zeroinitializer
  %240 = load <8 x float>, ptr %12, align 32
  %241 = fmul <8 x float> %240, %239
  %242 = load <8 x float>, ptr %9, align 32
  %243 = fmul <8 x float> %242, %239
  %244 = load <8 x float>, ptr %6, align 32
  %245 = fmul <8 x float> %244, %239
  %246 = load <8 x float>, ptr %3, align 32
  %247 = fmul <8 x float> %246, %239
  %248 = shufflevector <8 x float> %241, <8 x float> %243, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %249 = shufflevector <8 x float> %241, <8 x float> %243, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %250 = shufflevector <8 x float> %245, <8 x float> %247, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %251 = shufflevector <8 x float> %245, <8 x float> %247, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %252 = shufflevector <8 x float> %248, <8 x float> %250, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %253 = shufflevector <8 x float> %248, <8 x float> %250, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %254 = shufflevector <8 x float> %249, <8 x float> %251, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %255 = shufflevector <8 x float> %249, <8 x float> %251, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %256 = shufflevector <8 x float> %252, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %257 = add i64 %231, 0
  %258 = sdiv i64 %257, 256
  %259 = srem i64 %257, 256
  %260 = mul i64 %258, 1
  %261 = add i64 %260, %i24
  %262 = mul i64 %261, 256
  %263 = add i64 %262, %259
  %264 = mul i64 %263, 256
  %265 = add i64 %264, %i28
  %266 = getelementptr float, ptr %62, i64 %265
  store <4 x float> %256, ptr %266, align 4
  %267 = shufflevector <8 x float> %253, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %268 = add i64 %231, 1
  %269 = sdiv i64 %268, 256
  %270 = srem i64 %268, 256
  %271 = mul i64 %269, 1
  %272 = add i64 %271, %i24
  %273 = mul i64 %272, 256
  %274 = add i64 %273, %270
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i28
  %277 = getelementptr float, ptr %62, i64 %276
  store <4 x float> %267, ptr %277, align 4
  %278 = shufflevector <8 x float> %254, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %279 = add i64 %231, 2
  %280 = sdiv i64 %279, 256
  %281 = srem i64 %279, 256
  %282 = mul i64 %280, 1
  %283 = add i64 %282, %i24
  %284 = mul i64 %283, 256
  %285 = add i64 %284, %281
  %286 = mul i64 %285, 256
  %287 = add i64 %286, %i28
  %288 = getelementptr float, ptr %62, i64 %287
  store <4 x float> %278, ptr %288, align 4
  %289 = shufflevector <8 x float> %255, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %290 = add i64 %231, 3
  %291 = sdiv i64 %290, 256
  %292 = srem i64 %290, 256
  %293 = mul i64 %291, 1
  %294 = add i64 %293, %i24
  %295 = mul i64 %294, 256
  %296 = add i64 %295, %292
  %297 = mul i64 %296, 256
  %298 = add i64 %297, %i28
  %299 = getelementptr float, ptr %62, i64 %298
  store <4 x float> %289, ptr %299, align 4
  %300 = shufflevector <8 x float> %252, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %301 = add i64 %231, 4
  %302 = sdiv i64 %301, 256
  %303 = srem i64 %301, 256
  %304 = mul i64 %302, 1
  %305 = add i64 %304, %i24
  %306 = mul i64 %305, 256
  %307 = add i64 %306, %303
  %308 = mul i64 %307, 256
  %309 = add i64 %308, %i28
  %310 = getelementptr float, ptr %62, i64 %309
  store <4 x float> %300, ptr %310, align 4
  %311 = shufflevector <8 x float> %253, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %312 = add i64 %231, 5
  %313 = sdiv i64 %312, 256
  %314 = srem i64 %312, 256
  %315 = mul i64 %313, 1
  %316 = add i64 %315, %i24
  %317 = mul i64 %316, 256
  %318 = add i64 %317, %314
  %319 = mul i64 %318, 256
  %320 = add i64 %319, %i28
  %321 = getelementptr float, ptr %62, i64 %320
  store <4 x float> %311, ptr %321, align 4
  %322 = shufflevector <8 x float> %254, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %323 = add i64 %231, 6
  %324 = sdiv i64 %323, 256
  %325 = srem i64 %323, 256
  %326 = mul i64 %324, 1
  %327 = add i64 %326, %i24
  %328 = mul i64 %327, 256
  %329 = add i64 %328, %325
  %330 = mul i64 %329, 256
  %331 = add i64 %330, %i28
  %332 = getelementptr float, ptr %62, i64 %331
  store <4 x float> %322, ptr %332, align 4
  %333 = shufflevector <8 x float> %255, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %334 = add i64 %231, 7
  %335 = sdiv i64 %334, 256
  %336 = srem i64 %334, 256
  %337 = mul i64 %335, 1
  %338 = add i64 %337, %i24
  %339 = mul i64 %338, 256
  %340 = add i64 %339, %336
  %341 = mul i64 %340, 256
  %342 = add i64 %341, %i28
  %343 = getelementptr float, ptr %62, i64 %342
  store <4 x float> %333, ptr %343, align 4
  %344 = add i64 %86, 16
  %345 = insertelement <8 x i64> undef, i64 %344, i32 0
  %346 = shufflevector <8 x i64> %345, <8 x i64> undef, <8 x i32> zeroinitializer
  %347 = add <8 x i64> %346, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %348 = icmp slt <8 x i64> %347, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %349 = add i64 0, %344
  %350 = getelementptr float, ptr %gains, i64 %349
  %351 = load <8 x float>, ptr %350, align 4
  %352 = select <8 x i1> %348, <8 x float> %351, <8 x float> zeroinitializer
  %353 = load <8 x float>, ptr %11, align 32
  %354 = fmul <8 x float> %353, %352
  %355 = load <8 x float>, ptr %8, align 32
  %356 = fmul <8 x float> %355, %352
  %357 = load <8 x float>, ptr %5, align 32
  %358 = fmul <8 x float> %357, %352
  %359 = load <8 x float>, ptr %2, align 32
  %360 = fmul <8 x float> %359, %352
  %361 = shufflevector <8 x float> %354, <8 x float> %356, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %362 = shufflevector <8 x float> %354, <8 x float> %356, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %363 = shufflevector <8 x float> %358, <8 x float> %360, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %364 = shufflevector <8 x float> %358, <8 x float> %360, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %365 = shufflevector <8 x float> %361, <8 x float> %363, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %366 = shufflevector <8 x float> %361, <8 x float> %363, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %367 = shufflevector <8 x float> %362, <8 x float> %364, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %368 = shufflevector <8 x float> %362, <8 x float> %364, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %369 = shufflevector <8 x float> %365, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %370 = add i64 %344, 0
  %371 = sdiv i64 %370, 256
  %372 = srem i64 %370, 256
  %373 = mul i64 %371, 1
  %374 = add i64 %373, %i24
  %375 = mul i64 %374, 256
  %376 = add i64 %375, %372
  %377 = mul i64 %376, 256
  %378 = add i64 %377, %i28
  %379 = getelementptr float, ptr %62, i64 %378
  store <4 x float> %369, ptr %379, align 4
  %380 = shufflevector <8 x float> %366, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %381 = add i64 %344, 1
  %382 = sdiv i64 %381, 256
  %383 = srem i64 %381, 256
  %384 = mul i64 %382, 1
  %385 = add i64 %384, %i24
  %386 = mul i64 %385, 256
  %387 = add i64 %386, %383
  %388 = mul i64 %387, 256
  %389 = add i64 %388, %i28
  %390 = getelementptr float, ptr %62, i64 %389
  store <4 x float> %380, ptr %390, align 4
  %391 = shufflevector <8 x float> %367, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %392 = add i64 %344, 2
  %393 = sdiv i64 %392, 256
  %394 = srem i64 %392, 256
  %395 = mul i64 %393, 1
  %396 = add i64 %395, %i24
  %397 = mul i64 %396, 256
  %398 = add i64 %397, %394
  %399 = mul i64 %398, 256
  %400 = add i64 %399, %i28
  %401 = getelementptr float, ptr %62, i64 %400
  store <4 x float> %391, ptr %401, align 4
  %402 = shufflevector <8 x float> %368, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %403 = add i64 %344, 3
  %404 = sdiv i64 %403, 256
  %405 = srem i64 %403, 256
  %406 = mul i64 %404, 1
  %407 = add i64 %406, %i24
  %408 = mul i64 %407, 256
  %409 = add i64 %408, %405
  %410 = mul i64 %409, 256
  %411 = add i64 %410, %i28
  %412 = getelementptr float, ptr %62, i64 %411
  store <4 x float> %402, ptr %412, align 4
  %413 = shufflevector <8 x float> %365, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %414 = add i64 %344, 4
  %415 = sdiv i64 %414, 256
  %416 = srem i64 %414, 256
  %417 = mul i64 %415, 1
  %418 = add i64 %417, %i24
  %419 = mul i64 %418, 256
  %420 = add i64 %419, %416
  %421 = mul i64 %420, 256
  %422 = add i64 %421, %i28
  %423 = getelementptr float, ptr %62, i64 %422
  store <4 x float> %413, ptr %423, align 4
  %424 = shufflevector <8 x float> %366, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %425 = add i64 %344, 5
  %426 = sdiv i64 %425, 256
  %427 = srem i64 %425, 256
  %428 = mul i64 %426, 1
  %429 = add i64 %428, %i24
  %430 = mul i64 %429, 256
  %431 = add i64 %430, %427
  %432 = mul i64 %431, 256
  %433 = add i64 %432, %i28
  %434 = getelementptr float, ptr %62, i64 %433
  store <4 x float> %424, ptr %434, align 4
  %435 = shufflevector <8 x float> %367, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %436 = add i64 %344, 6
  %437 = sdiv i64 %436, 256
  %438 = srem i64 %436, 256
  %439 = mul i64 %437, 1
  %440 = add i64 %439, %i24
  %441 = mul i64 %440, 256
  %442 = add i64 %441, %438
  %443 = mul i64 %442, 256
  %444 = add i64 %443, %i28
  %445 = getelementptr float, ptr %62, i64 %444
  store <4 x float> %435, ptr %445, align 4
  %446 = shufflevector <8 x float> %368, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %447 = add i64 %344, 7
  %448 = sdiv i64 %447, 256
  %449 = srem i64 %447, 256
  %450 = mul i64 %448, 1
  %451 = add i64 %450, %i24
  %452 = mul i64 %451, 256
  %453 = add i64 %452, %449
  %454 = mul i64 %453, 256
  %455 = add i64 %454, %i28
  %456 = getelementptr float, ptr %62, i64 %455
  store <4 x float> %446, ptr %456, align 4
  %457 = add i64 %i32, 24
  br label %loop29

then:                                             ; preds = %body34
  %458 = mul i64 %i24, 256
  %459 = add i64 %458, %i28
  %460 = mul i64 %i36, 784
  %461 = add i64 %460, 0
  %462 = getelementptr float, ptr %acts, i64 %461
  %463 = getelementptr float, ptr %462, i64 %459
  %464 = getelementptr float, ptr %463, i64 0
  %465 = load float, ptr %464, align 4
  %466 = getelementptr float, ptr %463, i64 1
  %467 = load float, ptr %466, align 4
  %468 = getelementptr float, ptr %463, i64 2
  %469 = load float, ptr %468, align 4
  %470 = getelementptr float, ptr %463, i64 3
  %471 = load float, ptr %470, align 4
  %472 = insertelement <8 x float> undef, float %465, i32 0
  %473 = shufflevector <8 x float> %472, <8 x float> undef, <8 x i32> zeroinitializer
  %474 = load <8 x float>, ptr %13, align 32
  %475 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %473, <8 x float> %105, <8 x float> %474)
  store <8 x float> %475, ptr %13, align 32
  %476 = load <8 x float>, ptr %12, align 32
  %477 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %473, <8 x float> %108, <8 x float> %476)
  store <8 x float> %477, ptr %12, align 32
  %478 = load <8 x float>, ptr %11, align 32
  %479 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %473, <8 x float> %112, <8 x float> %478)
  store <8 x float> %479, ptr %11, align 32
  %480 = insertelement <8 x float> undef, float %467, i32 0
  %481 = shufflevector <8 x float> %480, <8 x float> undef, <8 x i32> zeroinitializer
  %482 = load <8 x float>, ptr %10, align 32
  %483 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %481, <8 x float> %105, <8 x float> %482)
  store <8 x float> %483, ptr %10, align 32
  %484 = load <8 x float>, ptr %9, align 32
  %485 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %481, <8 x float> %108, <8 x float> %484)
  store <8 x float> %485, ptr %9, align 32
  %486 = load <8 x float>, ptr %8, align 32
  %487 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %481, <8 x float> %112, <8 x float> %486)
  store <8 x float> %487, ptr %8, align 32
  %488 = insertelement <8 x float> undef, float %469, i32 0
  %489 = shufflevector <8 x float> %488, <8 x float> undef, <8 x i32> zeroinitializer
  %490 = load <8 x float>, ptr %7, align 32
  %491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %489, <8 x float> %105, <8 x float> %490)
  store <8 x float> %491, ptr %7, align 32
  %492 = load <8 x float>, ptr %6, align 32
  %493 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %489, <8 x float> %108, <8 x float> %492)
  store <8 x float> %493, ptr %6, align 32
  %494 = load <8 x float>, ptr %5, align 32
  %495 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %489, <8 x float> %112, <8 x float> %494)
  store <8 x float> %495, ptr %5, align 32
  %496 = insertelement <8 x float> undef, float %471, i32 0
  %497 = shufflevector <8 x float> %496, <8 x float> undef, <8 x i32> zeroinitializer
  %498 = load <8 x float>, ptr %4, align 32
  %499 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %105, <8 x float> %498)
  store <8 x float> %499, ptr %4, align 32
  %500 = load <8 x float>, ptr %3, align 32
  %501 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %108, <8 x float> %500)
  store <8 x float> %501, ptr %3, align 32
  %502 = load <8 x float>, ptr %2, align 32
  %503 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %497, <8 x float> %112, <8 x float> %502)
  store <8 x float> %503, ptr %2, align 32
  br label %join

join:                                             ; preds = %then, %body34
  %504 = add i64 %i36, 1
  br label %loop33

loop37:                                           ; preds = %done43, %done19
  %i40 = phi i64 [ 0, %done19 ], [ %510, %done43 ]
  %505 = icmp slt i64 %i40, 1
  br i1 %505, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  %506 = icmp sgt i64 %u1, 256
  %507 = icmp sle i64 %u0, 256
  %508 = and i1 %507, %506
  br i1 %508, label %then55, label %join56

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %527, %done47 ]
  %509 = icmp slt i64 %i44, 256
  br i1 %509, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %510 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ %61, %body42 ], [ %543, %done51 ]
  %511 = icmp slt i64 %i48, %21
  br i1 %511, label %body46, label %done47

body46:                                           ; preds = %loop45
  %512 = sub i64 %i48, 0
  %513 = sdiv i64 %512, 256
  %514 = srem i64 %512, 256
  %515 = icmp slt i64 %512, 10
  %516 = add i64 0, %512
  %517 = getelementptr float, ptr %gains, i64 %516
  %518 = load float, ptr %517, align 4
  %519 = select i1 %515, float %518, float 0.000000e+00
  %520 = mul i64 %513, 1
  %521 = add i64 %520, %i40
  %522 = mul i64 %521, 256
  %523 = add i64 %522, %514
  %524 = mul i64 %523, 256
  %525 = add i64 %524, %i44
  %526 = getelementptr float, ptr %80, i64 %525
  store <8 x float> zeroinitializer, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop49

done47:                                           ; preds = %loop45
  %527 = add i64 %i44, 16
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %560, %join54 ]
  %528 = icmp slt i64 %i52, %batch
  br i1 %528, label %body50, label %done51

body50:                                           ; preds = %loop49
  %529 = mul i64 %i52, 784
  %530 = add i64 %529, 512
  %531 = getelementptr float, ptr %dacts, i64 %530
  %532 = getelementptr float, ptr %531, i64 %512
  %533 = load float, ptr %532, align 4
  %534 = fcmp une float %533, 0.000000e+00
  br i1 %534, label %then53, label %join54

done51:                                           ; preds = %loop49
  %535 = insertelement <8 x float> undef, float %519, i32 0
  %536 = shufflevector <8 x float> %535, <8 x float> undef, <8 x i32> zeroinitializer
  %537 = getelementptr float, ptr %526, i64 0
  %538 = load <8 x float>, ptr %1, align 32
  %539 = fmul <8 x float> %538, %536
  store <8 x float> %539, ptr %537, align 4
  %540 = getelementptr float, ptr %526, i64 8
  %541 = load <8 x float>, ptr %0, align 32
  %542 = fmul <8 x float> %541, %536
  store <8 x float> %542, ptr %540, align 4
  %543 = add i64 %i48, 1
  br label %loop45

then53:                                           ; preds = %body50
  %544 = mul i64 %i40, 256
  %545 = add i64 %544, %i44
  %546 = mul i64 %i52, 784
  %547 = add i64 %546, 0
  %548 = getelementptr float, ptr %acts, i64 %547
  %549 = getelementptr float, ptr %548, i64 %545
  %550 = getelementptr float, ptr %549, i64 0
  %551 = load <8 x float>, ptr %550, align 4
  %552 = getelementptr float, ptr %549, i64 8
  %553 = load <8 x float>, ptr %552, align 4
  %554 = insertelement <8 x float> undef, float %533, i32 0
  %555 = shufflevector <8 x float> %554, <8 x float> undef, <8 x i32> zeroinitializer
  %556 = load <8 x float>, ptr %1, align 32
  %557 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %555, <8 x float> %551, <8 x float> %556)
  store <8 x float> %557, ptr %1, align 32
  %558 = load <8 x float>, ptr %0, align 32
  %559 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %555, <8 x float> %553, <8 x float> %558)
  store <8 x float> %559, ptr %0, align 32
  br label %join54

join54:                                           ; preds = %then53, %body50
  %560 = add i64 %i52, 1
  br label %loop49

then55:                                           ; preds = %done39
  br label %join56

join56:                                           ; preds = %then55, %done39
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_norm(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  ret void
}

define void @eic_norm_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  ret void
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
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
